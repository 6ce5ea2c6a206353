package tcps.quality.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a gate result is stored. */
public record QualityGateRecorded(
        long resultId,
        long workOrderId,
        String skuId,
        String stage,
        String gate,
        boolean passed,
        int defectsFound,
        Instant recordedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return recordedAt;
    }
}
