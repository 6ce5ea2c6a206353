package tcps.quality.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import tcps.ingestion.control.EventFields;
import tcps.ingestion.control.EventHandler;

/** Quality-gate results and deployment outcomes posted by pipelines. */
@ApplicationScoped
public class QualityEventHandler implements EventHandler {

    @Inject
    QualityRecorder recorder;

    @Override
    public Set<String> types() {
        return Set.of("quality.gate", "quality.deployment");
    }

    @Override
    public Object handle(EventFields event) {
        return switch (event.type()) {
            case "quality.gate" -> Map.of(
                    "gateResultId",
                    recorder.recordGate(event.as(RecordGateResult.class)).getId());
            case "quality.deployment" -> Map.of(
                    "deploymentId",
                    recorder.recordDeployment(event.as(RecordDeployment.class)).getId());
            default -> throw event.invalid("unknown quality event");
        };
    }
}
