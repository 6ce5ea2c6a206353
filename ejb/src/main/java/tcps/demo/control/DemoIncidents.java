package tcps.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tcps.andon.control.AndonLine;
import tcps.andon.control.ResolveAndon;
import tcps.andon.control.TriggerAndon;
import tcps.andon.entity.AndonFilter;
import tcps.andon.entity.AndonStatus;
import tcps.storage.entity.Timestamps;
import tcps.tpm.control.FailureLog;
import tcps.tpm.control.MaintenancePlanner;
import tcps.tpm.control.RecordFailure;
import tcps.tpm.control.ScheduleMaintenance;
import tcps.tpm.entity.ComponentFailure;
import tcps.workorders.entity.WorkOrder;

/** The demo line's trouble: Andons pulled on running work and resolved later, equipment failing and recovering. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class DemoIncidents {

    private static final Duration CHECK_UP_WITHIN = Duration.ofMinutes(30);
    private static final String[] EQUIPMENT = {"build-farm", "artifact-registry", "test-grid"};
    private static final String[] ANDON_TYPES = {"test_failure", "quality_gate_failure", "coverage_drop", "lint_failure"
    };

    @Inject
    AndonLine andons;

    @Inject
    FailureLog failures;

    @Inject
    MaintenancePlanner maintenance;

    /** Marks the Andons the demo pulls, so that it resolves only those. */
    static final Map<String, String> DEMO_DETAILS = Map.of("source", "demo line");

    // Open Andons looked at, newest first, to find one of the demo's among those people pulled
    static final int OPEN_LOOKED_AT = 100;

    public void pullAndon(Random random, WorkOrder workOrder) {
        andons.trigger(new TriggerAndon(
                ANDON_TYPES[random.nextInt(ANDON_TYPES.length)],
                workOrder.getSkuId(),
                workOrder.getId(),
                workOrder.getStage(),
                DEMO_DETAILS));
    }

    /**
     * Resolves the newest open Andon the demo pulled. An Andon someone pulled by hand stays open until someone resolves
     * it: the demo must not answer for them, nor release the work it stopped.
     */
    public void resolveOneAndon() {
        AndonFilter open = new AndonFilter(AndonStatus.OPEN, null, null, null, null, null);
        andons.list(open, 0, OPEN_LOOKED_AT).items().stream()
                .filter(andon -> andon.getDetails().equals(DEMO_DETAILS))
                .findFirst()
                .ifPresent(andon -> andons.resolve(
                        andon.getId(),
                        new ResolveAndon(
                                "flaky dependency in the " + andon.getStage() + " stage",
                                "pinned the dependency",
                                "added a contract test",
                                "demo-shift-lead@example.com")));
    }

    public void equipment(Random random) {
        String component = EQUIPMENT[random.nextInt(EQUIPMENT.length)];
        List<ComponentFailure> down = failures.failures(component, false, 1, 0).items();
        if (!down.isEmpty()) {
            ComponentFailure open = down.get(0);
            failures.recover(open.getId(), null);
            // A shift plans the check-up after a recovery and does it in time, as a well-run line does
            maintenance.complete(
                    maintenance
                            .schedule(new ScheduleMaintenance(
                                    component,
                                    "check-up after recovery",
                                    Timestamps.now().plus(CHECK_UP_WITHIN)))
                            .getId(),
                    null);
        } else {
            failures.record(new RecordFailure(component, "demo outage", null));
        }
    }
}
