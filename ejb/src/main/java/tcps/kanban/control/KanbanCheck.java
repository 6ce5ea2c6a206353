package tcps.kanban.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.Verdict;
import tcps.kanban.entity.KanbanBucketStore;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;
import tcps.storage.entity.Timestamps;

/**
 * Kanban: degraded above the utilization threshold (WIP over the sum of limits), unhealthy when a bucket holds more
 * work than its limit or its pull has stalled (a slot free, work waiting, intake open, and no pull for too long).
 * Queue depths come from the metrics' running counts: counting the queues every 30 s read every queued row, seconds of
 * database time once millions wait. Whether work waits beside a free slot is read exactly, one row per bucket.
 */
@ApplicationScoped
public class KanbanCheck implements ComponentCheck {

    static final String NAME = "kanban";

    @Inject
    KanbanBoard board;

    @Inject
    KanbanBucketStore buckets;

    @Inject
    QueueDepths depths;

    @Inject
    QueuedWork queuedWork;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.kanban.utilization-degraded", defaultValue = "0.9")
    double utilizationDegraded;

    @Inject
    @ConfigProperty(name = "tcps.health.kanban.stalled-pull-seconds", defaultValue = "60")
    long stalledPullSeconds;

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        Instant now = Timestamps.now();
        List<WipStatus> statuses = board.statuses(depths::queuedIn);
        Map<String, Instant> slotFreed = new LinkedHashMap<>();
        buckets.all().stream()
                .filter(bucket -> bucket.getSlotFreedAt() != null)
                .forEach(bucket -> slotFreed.put(bucket.getName(), bucket.getSlotFreedAt()));
        List<String> overLimit = statuses.stream()
                .filter(s -> s.current() > s.limit())
                .map(WipStatus::bucket)
                .toList();
        List<String> stalled = statuses.stream()
                .filter(s -> stalled(s, slotFreed.get(s.bucket()), now))
                .map(WipStatus::bucket)
                .toList();
        int wip = statuses.stream().mapToInt(WipStatus::current).sum();
        int limit = statuses.stream().mapToInt(WipStatus::limit).sum();
        long queued = statuses.stream().mapToLong(WipStatus::queueDepth).sum();

        Readings readings = new Readings(simulation, NAME);
        double utilization = readings.number("utilization", limit == 0 ? 0.0 : (double) wip / limit);
        boolean wipOverLimit = readings.flag("wip_over_limit", !overLimit.isEmpty());
        boolean stalledPull = readings.flag("stalled_pull", !stalled.isEmpty());
        long queueDepth = readings.count("queue_depth", queued);

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("wip_current", wip);
        details.put("wip_limit", limit);
        details.put("utilization", utilization);
        details.put("queue_depth", queueDepth);
        Map<String, Integer> byBucket = new LinkedHashMap<>();
        statuses.forEach(s -> byBucket.put(s.bucket(), s.current()));
        details.put("wip_by_bucket", byBucket);
        details.put("buckets_over_limit", overLimit);
        details.put("stalled_buckets", stalled);
        return ComponentHealth.of(
                NAME,
                judge(utilization, wipOverLimit, stalledPull, utilizationDegraded, overLimit, stalled),
                details,
                readings);
    }

    private boolean stalled(WipStatus status, Instant slotFreedAt, Instant now) {
        return !status.intakePaused()
                && status.available() > 0
                && slotFreedAt != null
                && Duration.between(slotFreedAt, now).toSeconds() >= stalledPullSeconds
                && queuedWork.any(status.bucket());
    }

    static Verdict judge(
            double utilization,
            boolean wipOverLimit,
            boolean stalledPull,
            double utilizationDegraded,
            List<String> overLimit,
            List<String> stalled) {
        return new Verdict()
                .unhealthyIf(wipOverLimit, "WIP over its limit" + named(overLimit))
                .unhealthyIf(stalledPull, "pull stalled: work waits beside a free slot" + named(stalled))
                .degradedIf(
                        utilization > utilizationDegraded,
                        String.format(Locale.ROOT, "utilization %.3f above %.3f", utilization, utilizationDegraded));
    }

    private static String named(List<String> buckets) {
        return buckets.isEmpty() ? "" : " in " + String.join(", ", buckets);
    }
}
