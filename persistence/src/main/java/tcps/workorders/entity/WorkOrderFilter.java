package tcps.workorders.entity;

import java.time.Instant;

/** Which work orders a list shows; null fields do not filter. {@code from}/{@code to} bound the creation time. */
public record WorkOrderFilter(WorkOrderStatus status, String bucket, String skuId, Instant from, Instant to) {

    public static WorkOrderFilter all() {
        return new WorkOrderFilter(null, null, null, null, null);
    }
}
