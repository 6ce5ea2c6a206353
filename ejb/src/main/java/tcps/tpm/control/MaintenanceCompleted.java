package tcps.tpm.control;

import java.time.Instant;

/** Fired once a maintenance task is marked done; {@code onTime} when completed no later than it was due. */
public record MaintenanceCompleted(long taskId, String component, Instant completedAt, boolean onTime) {}
