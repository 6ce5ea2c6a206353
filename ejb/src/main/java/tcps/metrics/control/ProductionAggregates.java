package tcps.metrics.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tcps.metrics.entity.CompletedWorkOrder;
import tcps.metrics.entity.FinishedVisit;
import tcps.metrics.entity.OpenWorkOrder;
import tcps.metrics.entity.WorkOrderCounts;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * The production line's running aggregates: work orders by status, the open work orders (to know, when one
 * completes, since when it existed, ran and sat in its stage), and sliding windows of lead time, cycle time, stage
 * dwell and completions. Fed by committed work-order changes, or rebuilt from the database; never scans history.
 */
public final class ProductionAggregates {

    static final int SLICES = 24;
    static final Duration WEEK = Duration.ofDays(7);

    private final Duration window;
    private final StatusCounts counts = new StatusCounts();
    private final OpenWorkOrders open = new OpenWorkOrders();
    private final Map<String, SlidingWindow> stageDwell = new ConcurrentHashMap<>();
    private final SlidingWindow leadTime;
    private final SlidingWindow cycleTime;
    // Completions per minute over the last hour: the throughput
    private final SlidingWindow lastHour = new SlidingWindow(Duration.ofHours(1), 60, false);
    // Completions and lead time per day over two weeks: the week-over-week trends
    private final SlidingWindow twoWeeks = new SlidingWindow(WEEK.multipliedBy(2), 14, false);
    private final AtomicLong changes = new AtomicLong();

    public ProductionAggregates(Duration window) {
        this.window = window;
        this.leadTime = new SlidingWindow(window, SLICES, true);
        this.cycleTime = new SlidingWindow(window, SLICES, true);
    }

    /** How far back the start-up rebuild must read: the longer of the window and the two weeks of trends. */
    public Instant rebuildFrom(Instant now) {
        return now.minus(window.compareTo(WEEK.multipliedBy(2)) > 0 ? window : WEEK.multipliedBy(2));
    }

    public void apply(WorkOrderChanged change) {
        changes.incrementAndGet();
        long id = change.workOrderId();
        OpenWorkOrder before = open.get(id);
        Instant at = change.at();
        WorkOrderStatus previous = before == null ? null : before.status();
        switch (change.change()) {
                // A pull committed right after the creation may be observed first: keep what it knew
            case CREATED -> open.update(
                    id,
                    known -> known == null
                            ? queued(id, at)
                            : new OpenWorkOrder(
                                    id, known.status(), at, known.startedAt(), known.stage(), known.stageEnteredAt()));
            case STARTED -> open.update(
                    id, known -> new OpenWorkOrder(id, change.status(), createdAt(known), at, change.stage(), at));
            case ADVANCED -> {
                leaveStage(before, at);
                open.update(id, known -> withStage(known, change, at));
            }
            case BLOCKED, UNBLOCKED -> open.update(
                    id,
                    known -> known == null
                            ? null
                            : new OpenWorkOrder(
                                    id,
                                    change.status(),
                                    known.createdAt(),
                                    known.startedAt(),
                                    known.stage(),
                                    known.stageEnteredAt()));
            case COMPLETED -> {
                open.update(id, known -> null);
                leaveStage(before, at);
                if (before != null && before.createdAt() != null && before.startedAt() != null) {
                    completed(new CompletedWorkOrder(before.createdAt(), before.startedAt(), at));
                }
            }
            case FAILED, CANCELLED -> {
                open.update(id, known -> null);
                leaveStage(before, at);
            }
        }
        // A creation observed after its pull was counted by the pull
        boolean counted = change.change() == WorkOrderChanged.Change.CREATED && before != null;
        counts.moved(change.bucket(), previous, counted ? previous : change.status());
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

    public void opened(OpenWorkOrder workOrder) {
        open.update(workOrder.id(), known -> workOrder);
    }

    /** Counts the database holds; ignored when a change was applied since {@code changesBefore} was read. */
    public boolean reconcile(WorkOrderCounts stored, long changesBefore) {
        if (changes.get() != changesBefore) {
            return false;
        }
        counts.reconcile(stored);
        return true;
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
                open.inStage(),
                twoWeeks.statsBetween(weekAgo, now),
                twoWeeks.statsBetween(weekAgo.minus(WEEK), weekAgo));
    }

    private void leaveStage(OpenWorkOrder before, Instant at) {
        if (before != null && before.stage() != null && before.stageEnteredAt() != null) {
            visited(new FinishedVisit(before.stage(), before.stageEnteredAt(), at));
        }
    }

    private static OpenWorkOrder queued(long id, Instant at) {
        return new OpenWorkOrder(id, WorkOrderStatus.QUEUED, at, null, null, null);
    }

    private static Instant createdAt(OpenWorkOrder before) {
        return before == null ? null : before.createdAt();
    }

    private static OpenWorkOrder withStage(OpenWorkOrder before, WorkOrderChanged change, Instant at) {
        return new OpenWorkOrder(
                change.workOrderId(),
                change.status(),
                createdAt(before),
                before == null ? null : before.startedAt(),
                change.stage(),
                at);
    }
}
