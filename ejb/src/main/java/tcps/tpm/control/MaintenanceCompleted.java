package tcps.tpm.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a maintenance task is marked done; {@code onTime} when completed no later than it was due. */
public record MaintenanceCompleted(long taskId, String component, Instant completedAt, boolean onTime)
        implements LineChange {

    @Override
    public Instant at() {
        return completedAt;
    }
}
