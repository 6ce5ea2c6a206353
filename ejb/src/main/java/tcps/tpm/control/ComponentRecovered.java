package tcps.tpm.control;

import java.time.Duration;
import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a failed component is back; {@code repairTime} is what MTTR averages. */
public record ComponentRecovered(long failureId, String component, Instant recoveredAt, Duration repairTime)
        implements LineChange {

    @Override
    public Instant at() {
        return recoveredAt;
    }
}
