package tcps.tpm.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a planned maintenance task is stored, at {@code scheduledAt}. */
public record MaintenanceScheduled(long taskId, String component, Instant dueAt, Instant scheduledAt)
        implements LineChange {

    @Override
    public String source() {
        return "tpm";
    }

    @Override
    public String kind() {
        return "maintenance_scheduled";
    }

    @Override
    public Instant at() {
        return scheduledAt;
    }
}
