package tcps.workorders.control;

import java.time.Instant;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * One committed work-order change; changes are announced together, as {@link WorkOrderChanges}. It carries what an
 * observer needs without remembering the work order: the status before ({@code previousStatus}, null for a new work
 * order), and when it was created and started ({@code startedAt} null until it starts).
 */
public record WorkOrderChanged(
        long workOrderId,
        Change change,
        WorkOrderStatus previousStatus,
        WorkOrderStatus status,
        String bucket,
        String skuId,
        String stage,
        Instant createdAt,
        Instant startedAt,
        Instant at) {

    public enum Change {
        CREATED,
        STARTED,
        ADVANCED,
        COMPLETED,
        FAILED,
        CANCELLED,
        BLOCKED,
        UNBLOCKED
    }
}
