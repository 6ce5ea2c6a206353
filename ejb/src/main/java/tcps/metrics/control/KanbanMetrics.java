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
        Map<String, Long> overLimitByBucket,
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
                overLimit(wip, limits),
                List.of());
    }

    private static Map<String, Long> overLimit(Map<String, Long> wip, Map<String, Long> limits) {
        Map<String, Long> over = new LinkedHashMap<>();
        wip.forEach((bucket, current) -> over.put(bucket, current > limits.getOrDefault(bucket, 0L) ? 1L : 0L));
        return over;
    }

    private static long sum(Map<String, Long> values) {
        return values.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * The same figures with a simulated utilization and queue depth; a simulated WIP over the limit (and a simulated
     * utilization) stand for the fullest bucket, the first of equals, so alerts and remediation have a bucket to name.
     */
    KanbanMetrics simulate(
            double simulatedUtilization, long simulatedQueueDepth, boolean overLimit, List<String> parameters) {
        Map<String, Long> over = new LinkedHashMap<>(overLimitByBucket);
        Map<String, Double> bucketUtilization = new LinkedHashMap<>(utilizationByBucket);
        String fullest = utilizationByBucket.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(null);
        if (fullest != null && overLimit) {
            over.put(fullest, 1L);
        }
        if (fullest != null && parameters.contains("utilization")) {
            bucketUtilization.put(fullest, simulatedUtilization);
        }
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
                bucketUtilization,
                over,
                parameters);
    }
}
