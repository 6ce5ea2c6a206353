package tcps.tpm.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a component failure is stored. */
public record ComponentFailed(long failureId, String component, String cause, Instant failedAt) implements LineChange {

    @Override
    public Instant at() {
        return failedAt;
    }
}
