package tcps.tpm.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once an on-demand maintenance task is stored; it is due at once. */
public record MaintenanceTriggered(long taskId, String component, String reason, Instant dueAt) implements LineChange {

    @Override
    public Instant at() {
        return dueAt;
    }
}
