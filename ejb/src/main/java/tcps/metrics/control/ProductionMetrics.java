package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * Production figures. Throughput counts completions in the last 60 whole minutes (the current one included);
 * lead time (created → completed) and cycle time (started → completed) are over the sliding window starting at
 * {@code windowFrom}, in milliseconds, percentiles within 0.1 %, averages exact. Null where nothing completed.
 */
@JsonbNillable
public record ProductionMetrics(
        double throughputPerMinute,
        long throughputPerHour,
        Instant throughputSince,
        Long leadTimeP50Ms,
        Long leadTimeP90Ms,
        Long leadTimeP99Ms,
        Double leadTimeAvgMs,
        Double cycleTimeAvgMs,
        Long cycleTimeP50Ms,
        Long cycleTimeP95Ms,
        long windowCompleted,
        Instant windowFrom,
        long workOrdersCompleted,
        long workOrdersTotal,
        long workOrdersActive,
        long workOrdersQueued,
        long workOrdersFailed,
        long workOrdersCancelled,
        List<String> simulated) {

    static ProductionMetrics of(ProductionFigures figures) {
        WindowStats lead = figures.leadTime();
        WindowStats cycle = figures.cycleTime();
        return new ProductionMetrics(
                figures.lastHour().count() / 60.0,
                figures.lastHour().count(),
                figures.lastHour().from(),
                lead.percentile(50),
                lead.percentile(90),
                lead.percentile(99),
                lead.mean(),
                cycle.mean(),
                cycle.percentile(50),
                cycle.percentile(95),
                lead.count(),
                lead.from(),
                figures.count(WorkOrderStatus.COMPLETED),
                figures.total(),
                figures.active(),
                figures.count(WorkOrderStatus.QUEUED),
                figures.count(WorkOrderStatus.FAILED),
                figures.count(WorkOrderStatus.CANCELLED),
                List.of());
    }

    /** The same figures with a simulated lead-time p90 ({@code simulated} names the parameters taken). */
    ProductionMetrics simulate(Long simulatedLeadTimeP90Ms, List<String> parameters) {
        return new ProductionMetrics(
                throughputPerMinute,
                throughputPerHour,
                throughputSince,
                leadTimeP50Ms,
                simulatedLeadTimeP90Ms,
                leadTimeP99Ms,
                leadTimeAvgMs,
                cycleTimeAvgMs,
                cycleTimeP50Ms,
                cycleTimeP95Ms,
                windowCompleted,
                windowFrom,
                workOrdersCompleted,
                workOrdersTotal,
                workOrdersActive,
                workOrdersQueued,
                workOrdersFailed,
                workOrdersCancelled,
                parameters);
    }
}
