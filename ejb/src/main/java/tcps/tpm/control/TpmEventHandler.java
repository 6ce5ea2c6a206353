package tcps.tpm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;

/** Component failures, recoveries and maintenance reported by the line's tooling. */
@ApplicationScoped
public class TpmEventHandler implements EventHandler {

    @Inject
    FailureLog failures;

    @Inject
    MaintenancePlanner maintenance;

    @Override
    public Set<String> types() {
        return Set.of("tpm.failure", "tpm.recovery", "tpm.maintenance_triggered", "tpm.maintenance_completed");
    }

    @Override
    public Object handle(EventFields event) {
        return switch (event.type()) {
            case "tpm.failure" -> Map.of(
                    "failureId", failures.record(event.as(RecordFailure.class)).getId());
            case "tpm.recovery" -> Map.of(
                    "failureId",
                    failures.recover(event.id("failureId"), event.optionalInstant("recoveredAt"))
                            .getId());
            case "tpm.maintenance_triggered" -> Map.of(
                    "taskId",
                    maintenance.trigger(event.as(TriggerMaintenance.class)).getId());
            case "tpm.maintenance_completed" -> Map.of(
                    "taskId",
                    maintenance
                            .complete(event.id("taskId"), event.optionalInstant("completedAt"))
                            .getId());
            default -> throw event.invalid("unknown TPM event");
        };
    }
}
