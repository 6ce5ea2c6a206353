package tcps.metrics.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tcps.metrics.entity.CompletedWorkOrder;
import tcps.metrics.entity.FinishedVisit;
import tcps.metrics.entity.StartedWorkOrder;
import tcps.metrics.entity.WorkOrderCounts;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * The production line's running aggregates: work orders by status, the started work orders (to know, when one
 * moves on, since when it sat in its stage), and sliding windows of lead time, cycle time, stage
 * dwell and completions. Fed by committed work-order changes, or rebuilt from the database; never scans history.
 */
public final class ProductionAggregates {

    static final int SLICES = 24;
    static final Duration WEEK = Duration.ofDays(7);

    private final Duration window;
    // The configured stages: each shows in the figures from the start, with no work in it
    private final List<String> stages;
    private final StatusCounts counts = new StatusCounts();
    private final StartedWorkOrders started = new StartedWorkOrders();
    private final Map<String, SlidingWindow> stageDwell = new ConcurrentHashMap<>();
    private final SlidingWindow leadTime;
    private final SlidingWindow cycleTime;
    // Completions per minute over the last hour: the throughput
    private final SlidingWindow lastHour = new SlidingWindow(Duration.ofHours(1), 60, false);
    // Completions and lead time per day over two weeks: the week-over-week trends
    private final SlidingWindow twoWeeks = new SlidingWindow(WEEK.multipliedBy(2), 14, false);
    private final AtomicLong changes = new AtomicLong();

    public ProductionAggregates(Duration window, List<String> stages) {
        this.window = window;
        this.stages = List.copyOf(stages);
        this.leadTime = new SlidingWindow(window, SLICES, true);
        this.cycleTime = new SlidingWindow(window, SLICES, true);
    }

    /** How far back the start-up rebuild must read: the longer of the window and the two weeks of trends. */
    public Instant rebuildFrom(Instant now) {
        return now.minus(window.compareTo(WEEK.multipliedBy(2)) > 0 ? window : WEEK.multipliedBy(2));
    }

    /**
     * Applies one committed change. Changes of different transactions may be observed out of order (a pull right after
     * the creation, say): each carries its own before and after, so the counts add up in any order.
     */
    public void apply(WorkOrderChanged change) {
        changes.incrementAndGet();
        long id = change.workOrderId();
        Instant at = change.at();
        switch (change.change()) {
            case STARTED -> started.update(
                    id, known -> known == null ? new StartedWorkOrder(id, change.stage(), at) : known);
            case ADVANCED -> {
                leaveStage(started.get(id), at);
                started.update(id, known -> new StartedWorkOrder(id, change.stage(), at));
            }
            case COMPLETED, FAILED, CANCELLED -> {
                leaveStage(started.get(id), at);
                started.update(id, known -> null);
            }
            case CREATED, BLOCKED, UNBLOCKED -> {
                // no stage entered or left
            }
        }
        if (change.change() == WorkOrderChanged.Change.COMPLETED && change.startedAt() != null) {
            completed(new CompletedWorkOrder(change.createdAt(), change.startedAt(), at));
        }
        counts.moved(change.bucket(), change.previousStatus(), change.status());
    }

    public void completed(CompletedWorkOrder workOrder) {
        long lead =
                Duration.between(workOrder.createdAt(), workOrder.completedAt()).toMillis();
        leadTime.record(workOrder.completedAt(), lead);
        cycleTime.record(
                workOrder.completedAt(),
                Duration.between(workOrder.startedAt(), workOrder.completedAt()).toMillis());
        lastHour.record(workOrder.completedAt(), 1);
        twoWeeks.record(workOrder.completedAt(), lead);
    }

    public void visited(FinishedVisit visit) {
        stageDwell
                .computeIfAbsent(visit.stage(), stage -> new SlidingWindow(window, SLICES, true))
                .record(
                        visit.exitedAt(),
                        Duration.between(visit.enteredAt(), visit.exitedAt()).toMillis());
    }

    /** A work order found started when the aggregates are rebuilt. */
    public void running(StartedWorkOrder workOrder) {
        started.update(workOrder.id(), known -> workOrder);
    }

    /** Counts the database holds; ignored when a change was applied since {@code changesBefore} was read. */
    public boolean reconcile(WorkOrderCounts stored, long changesBefore) {
        if (changes.get() != changesBefore) {
            return false;
        }
        counts.reconcile(stored);
        return true;
    }

    /** How many work orders are held in memory: the started ones, never the queue. */
    int remembered() {
        return started.size();
    }

    /** Work orders waiting in the bucket's queue. */
    public long queuedIn(String bucket) {
        return counts.queuedIn(bucket);
    }

    public long changes() {
        return changes.get();
    }

    public ProductionFigures figures(Instant now) {
        Map<WorkOrderStatus, Long> byStatus = counts.byStatus();
        Map<String, WindowStats> dwell = new TreeMap<>();
        stageDwell.forEach((stage, stageWindow) -> dwell.put(stage, stageWindow.stats(now)));
        Instant weekAgo = now.minus(WEEK);
        return new ProductionFigures(
                now,
                window,
                byStatus,
                leadTime.stats(now),
                cycleTime.stats(now),
                lastHour.stats(now),
                leadTime.countsPerSlice(now),
                leadTime.sliceLength(),
                dwell,
                inStage(),
                twoWeeks.statsBetween(weekAgo, now),
                twoWeeks.statsBetween(weekAgo.minus(WEEK), weekAgo));
    }

    private Map<String, Long> inStage() {
        Map<String, Long> inStage = new TreeMap<>();
        stages.forEach(stage -> inStage.put(stage, 0L));
        inStage.putAll(started.inStage());
        return inStage;
    }

    private void leaveStage(StartedWorkOrder before, Instant at) {
        if (before != null && before.stage() != null && before.stageEnteredAt() != null) {
            visited(new FinishedVisit(before.stage(), before.stageEnteredAt(), at));
        }
    }
}
