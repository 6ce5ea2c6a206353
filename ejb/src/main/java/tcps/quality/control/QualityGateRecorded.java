package tcps.quality.control;

import java.time.Instant;

/** Fired once a gate result is stored. */
public record QualityGateRecorded(
        long resultId,
        long workOrderId,
        String skuId,
        String stage,
        String gate,
        boolean passed,
        int defectsFound,
        Instant recordedAt) {}
