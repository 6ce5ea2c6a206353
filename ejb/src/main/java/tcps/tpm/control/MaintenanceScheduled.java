package tcps.tpm.control;

import java.time.Instant;

/** Fired once a planned maintenance task is stored. */
public record MaintenanceScheduled(long taskId, String component, Instant dueAt) {}
