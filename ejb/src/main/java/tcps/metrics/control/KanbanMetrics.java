package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.kanban.control.WipStatus;

/**
 * Kanban figures over every bucket: WIP, limits, free slots and queued work in total and per bucket; utilization is
 * WIP over the summed limits; the pull-signal latency is the mean over every pull of every bucket (null before one).
 */
@JsonbNillable
public record KanbanMetrics(
        long wipCurrent,
        long wipLimit,
        long availableCapacity,
        long queueDepth,
        double utilization,
        Double pullSignalLatencyMs,
        long pulls,
        Map<String, Long> wipByBucket,
        Map<String, Long> limitByBucket,
        Map<String, Long> availableByBucket,
        Map<String, Long> queueDepthByBucket,
        Map<String, Double> utilizationByBucket,
        List<String> simulated) {

    static KanbanMetrics of(List<WipStatus> buckets) {
        Map<String, Long> wip = new LinkedHashMap<>();
        Map<String, Long> limits = new LinkedHashMap<>();
        Map<String, Long> available = new LinkedHashMap<>();
        Map<String, Long> queued = new LinkedHashMap<>();
        Map<String, Double> utilization = new LinkedHashMap<>();
        long pulls = 0;
        double latencyTotal = 0;
        for (WipStatus bucket : buckets) {
            wip.put(bucket.bucket(), (long) bucket.current());
            limits.put(bucket.bucket(), (long) bucket.limit());
            available.put(bucket.bucket(), (long) bucket.available());
            queued.put(bucket.bucket(), bucket.queueDepth());
            utilization.put(bucket.bucket(), bucket.utilization());
            if (bucket.pullSignal().averageLatencyMs() != null) {
                pulls += bucket.pullSignal().pulls();
                latencyTotal += bucket.pullSignal().averageLatencyMs()
                        * bucket.pullSignal().pulls();
            }
        }
        long current = sum(wip);
        long limit = sum(limits);
        return new KanbanMetrics(
                current,
                limit,
                sum(available),
                sum(queued),
                limit == 0 ? 0.0 : (double) current / limit,
                pulls == 0 ? null : latencyTotal / pulls,
                pulls,
                wip,
                limits,
                available,
                queued,
                utilization,
                List.of());
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    /** The same figures with a simulated utilization and queue depth. */
    KanbanMetrics simulate(double simulatedUtilization, long simulatedQueueDepth, List<String> parameters) {
        return new KanbanMetrics(
                wipCurrent,
                wipLimit,
                availableCapacity,
                simulatedQueueDepth,
                simulatedUtilization,
                pullSignalLatencyMs,
                pulls,
                wipByBucket,
                limitByBucket,
                availableByBucket,
                queueDepthByBucket,
                utilizationByBucket,
                parameters);
    }
}
