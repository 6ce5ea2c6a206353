package tcps.tpm.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a planned maintenance task is stored, at {@code scheduledAt}. */
public record MaintenanceScheduled(long taskId, String component, Instant dueAt, Instant scheduledAt)
        implements LineChange {

    @Override
    public Instant at() {
        return scheduledAt;
    }
}
