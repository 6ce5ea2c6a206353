package tcps.metrics.control;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tcps.metrics.entity.WorkOrderCounts;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * Work orders by status, and the queued ones by bucket, kept from committed changes and corrected from the database.
 * Queue depths come from here rather than from counting the queue: a count reads every queued row, and under a
 * steady intake the metrics re-read the Kanban figures several times a second.
 */
final class StatusCounts {

    private final Map<WorkOrderStatus, AtomicLong> byStatus = new EnumMap<>(WorkOrderStatus.class);
    private final Map<String, AtomicLong> queuedByBucket = new ConcurrentHashMap<>();

    StatusCounts() {
        for (WorkOrderStatus status : WorkOrderStatus.values()) {
            byStatus.put(status, new AtomicLong());
        }
    }

    /** A work order of {@code bucket} went from {@code previous} (null for a new one) to {@code current}. */
    void moved(String bucket, WorkOrderStatus previous, WorkOrderStatus current) {
        if (previous == current) {
            return;
        }
        if (previous != null) {
            add(bucket, previous, -1);
        }
        add(bucket, current, 1);
    }

    /** Takes the stored counts; statuses that were not counted keep theirs. */
    void reconcile(WorkOrderCounts stored) {
        stored.byStatus().forEach((status, count) -> byStatus.get(status).set(count));
        queuedByBucket.keySet().retainAll(stored.queuedByBucket().keySet());
        stored.queuedByBucket().forEach((bucket, count) -> queued(bucket).set(count));
    }

    Map<WorkOrderStatus, Long> byStatus() {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        byStatus.forEach((status, count) -> counts.put(status, Math.max(0, count.get())));
        return counts;
    }

    long queuedIn(String bucket) {
        AtomicLong count = queuedByBucket.get(bucket);
        return count == null ? 0 : Math.max(0, count.get());
    }

    private void add(String bucket, WorkOrderStatus status, long delta) {
        byStatus.get(status).addAndGet(delta);
        if (status == WorkOrderStatus.QUEUED && bucket != null) {
            queued(bucket).addAndGet(delta);
        }
    }

    private AtomicLong queued(String bucket) {
        return queuedByBucket.computeIfAbsent(bucket, name -> new AtomicLong());
    }
}
