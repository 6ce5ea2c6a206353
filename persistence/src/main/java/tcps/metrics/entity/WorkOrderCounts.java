package tcps.metrics.entity;

import java.util.Map;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * Work orders counted in the database: by status (the statuses that were counted, each present even at zero) and the
 * queued ones by bucket (a bucket without queued work is absent).
 */
public record WorkOrderCounts(Map<WorkOrderStatus, Long> byStatus, Map<String, Long> queuedByBucket) {

    public WorkOrderCounts {
        byStatus = Map.copyOf(byStatus);
        queuedByBucket = Map.copyOf(queuedByBucket);
    }
}
