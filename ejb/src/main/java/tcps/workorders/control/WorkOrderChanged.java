package tcps.workorders.control;

import java.time.Instant;
import tcps.workorders.entity.WorkOrderStatus;

/** One committed work-order change; changes are announced together, as {@link WorkOrderChanges}. */
public record WorkOrderChanged(
        long workOrderId,
        Change change,
        WorkOrderStatus status,
        String bucket,
        String skuId,
        String stage,
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
