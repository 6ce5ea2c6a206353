package tcps.metrics.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * A copy of the production aggregates at {@code at}: what every production, flow and overview figure is computed
 * from. {@code completionsPerSlice} counts completions per window slice, oldest first.
 */
public record ProductionFigures(
        Instant at,
        Duration window,
        Map<WorkOrderStatus, Long> byStatus,
        WindowStats leadTime,
        WindowStats cycleTime,
        WindowStats lastHour,
        long[] completionsPerSlice,
        Duration sliceLength,
        Map<String, WindowStats> stageDwell,
        Map<String, Long> inStage,
        WindowStats thisWeek,
        WindowStats previousWeek) {

    public long total() {
        return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Started and not ended: in progress or blocked, holding a WIP slot. */
    public long active() {
        return byStatus.get(WorkOrderStatus.IN_PROGRESS) + byStatus.get(WorkOrderStatus.BLOCKED);
    }

    public long count(WorkOrderStatus status) {
        return byStatus.get(status);
    }
}
