package tcps.metrics.entity;

import java.time.Instant;

/** The three times a completed work order's lead and cycle time follow from. */
public record CompletedWorkOrder(Instant createdAt, Instant startedAt, Instant completedAt) {}
