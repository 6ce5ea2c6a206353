package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * How work flows: active and waiting work, completions per window slice (the throughput trend), the cycle-time
 * distribution over the window, and per stage the work in it and how long finished visits stayed; the bottleneck is
 * the stage whose visits lasted longest on average (null before any visit finished).
 */
@JsonbNillable
public record FlowMetrics(
        long activeWorkOrders,
        long queuedWorkOrders,
        long blockedWorkOrders,
        long throughputPerHour,
        List<TrendPoint> throughputTrend,
        List<DistributionBucket> cycleTimeDistribution,
        String bottleneckStage,
        List<StageFlow> stages) {

    /** Upper bounds of the cycle-time distribution: 1 and 5 minutes, 15 minutes, 1, 4 and 24 hours, then the rest. */
    static final long[] DISTRIBUTION_BOUNDS_MS = {60_000, 300_000, 900_000, 3_600_000, 14_400_000, 86_400_000};

    public record TrendPoint(Instant from, long completed) {}

    /** Cycle times of at most {@code upToMs} and above the bucket before; the last bucket has no upper bound. */
    @JsonbNillable
    public record DistributionBucket(Long upToMs, long count) {}

    @JsonbNillable
    public record StageFlow(String stage, long workOrders, long visits, Double averageDwellMs, Long p95DwellMs) {}

    static FlowMetrics of(ProductionFigures figures) {
        List<TrendPoint> trend = new ArrayList<>();
        long[] perSlice = figures.completionsPerSlice();
        Instant firstSlice = figures.leadTime().from();
        for (int i = 0; i < perSlice.length; i++) {
            trend.add(new TrendPoint(firstSlice.plus(figures.sliceLength().multipliedBy(i)), perSlice[i]));
        }
        List<DistributionBucket> distribution = new ArrayList<>();
        long below = 0;
        for (long bound : DISTRIBUTION_BOUNDS_MS) {
            long atMost = figures.cycleTime().countAtMost(bound);
            distribution.add(new DistributionBucket(bound, atMost - below));
            below = atMost;
        }
        distribution.add(new DistributionBucket(null, figures.cycleTime().count() - below));
        List<StageFlow> stages = new ArrayList<>();
        String bottleneck = null;
        double longest = -1;
        for (String stage : stageNames(figures)) {
            WindowStats dwell = figures.stageDwell().get(stage);
            Double average = dwell == null ? null : dwell.mean();
            stages.add(new StageFlow(
                    stage,
                    figures.inStage().getOrDefault(stage, 0L),
                    dwell == null ? 0 : dwell.count(),
                    average,
                    dwell == null ? null : dwell.percentile(95)));
            if (average != null && average > longest) {
                longest = average;
                bottleneck = stage;
            }
        }
        return new FlowMetrics(
                figures.active(),
                figures.count(WorkOrderStatus.QUEUED),
                figures.count(WorkOrderStatus.BLOCKED),
                figures.lastHour().count(),
                trend,
                distribution,
                bottleneck,
                stages);
    }

    private static List<String> stageNames(ProductionFigures figures) {
        TreeSet<String> names = new TreeSet<>(figures.stageDwell().keySet());
        names.addAll(figures.inStage().keySet());
        return List.copyOf(names);
    }
}
