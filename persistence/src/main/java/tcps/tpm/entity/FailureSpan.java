package tcps.tpm.entity;

import java.time.Instant;

/** When a component was down; {@code recoveredAt} is null while it still is. */
public record FailureSpan(Instant failedAt, Instant recoveredAt) {}
