package tcps.export.control;

import java.time.Instant;
import java.util.Locale;
import tcps.workorders.entity.WorkOrder;

/** One work order as an export shows it; {@code stage} is null while queued and once ended. */
public record WorkOrderRow(
        long id,
        Instant createdAt,
        String skuId,
        String bucket,
        String priority,
        String status,
        String stage,
        Instant startedAt,
        Instant completedAt,
        String description) {

    public static final String[] COLUMNS = {
        "id", "createdAt", "skuId", "bucket", "priority", "status", "stage", "startedAt", "completedAt", "description"
    };

    static WorkOrderRow of(WorkOrder order) {
        return new WorkOrderRow(
                order.getId(),
                order.getCreatedAt(),
                order.getSkuId(),
                order.getBucket(),
                order.getPriority().name().toLowerCase(Locale.ROOT),
                order.getStatus().name(),
                order.getStage(),
                order.getStartedAt(),
                order.getCompletedAt(),
                order.getDescription());
    }

    /** The fields in {@link #COLUMNS} order, as text; absent values are empty. */
    public String[] cells() {
        return new String[] {
            Long.toString(id),
            text(createdAt),
            skuId,
            bucket,
            priority,
            status,
            text(stage),
            text(startedAt),
            text(completedAt),
            description
        };
    }

    static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
