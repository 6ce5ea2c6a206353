package tcps.demo.control;

import java.util.List;
import java.util.Random;
import tcps.workorders.control.CreateWorkOrder;
import tcps.workorders.entity.Priority;

/** What the demo line makes: plausible work, SKUs and failures. */
final class DemoCatalog {

    /**
     * The demo line's work carries SKUs of its own, {@code DEMO-1001} to {@code DEMO-1008}: it is how the demo finds
     * the work it drives and leaves alone what people put on the line (as it does with Andons, see
     * {@link DemoIncidents#DEMO_DETAILS}).
     */
    static final String SKU_PREFIX = "DEMO-";

    private static final List<String> WORK = List.of(
            "Fix authentication race condition",
            "Patch TLS library vulnerability",
            "Reduce cold-start latency of the API gateway",
            "Add audit trail to payment export",
            "Upgrade database driver",
            "Remove unused cloud volumes",
            "Rotate service credentials",
            "Add retry budget to the notification client",
            "Document data retention policy",
            "Cut build time of the integration suite");
    private static final List<String> FAILURES = List.of(
            "unit tests failed", "coverage below the gate", "deployment health check failed", "security scan finding");
    private static final Priority[] PRIORITIES = {
        Priority.CRITICAL, Priority.HIGH, Priority.HIGH, Priority.MEDIUM, Priority.MEDIUM, Priority.MEDIUM, Priority.LOW
    };

    private DemoCatalog() {}

    static CreateWorkOrder workOrder(Random random, List<String> buckets) {
        return new CreateWorkOrder(
                WORK.get(random.nextInt(WORK.size())),
                PRIORITIES[random.nextInt(PRIORITIES.length)],
                buckets.get(random.nextInt(buckets.size())),
                SKU_PREFIX + (1001 + random.nextInt(8)));
    }

    static String failure(Random random) {
        return FAILURES.get(random.nextInt(FAILURES.size()));
    }
}
