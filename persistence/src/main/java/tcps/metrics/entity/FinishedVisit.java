package tcps.metrics.entity;

import java.time.Instant;

/** A stage visit that has ended: how long work stayed in the stage. */
public record FinishedVisit(String stage, Instant enteredAt, Instant exitedAt) {}
