package tcps.metrics.entity;

import java.time.Instant;
import tcps.workorders.entity.WorkOrderStatus;

/** A work order that has not ended; {@code stage} and {@code stageEnteredAt} are null while it is queued. */
public record OpenWorkOrder(
        long id, WorkOrderStatus status, Instant createdAt, Instant startedAt, String stage, Instant stageEnteredAt) {}
