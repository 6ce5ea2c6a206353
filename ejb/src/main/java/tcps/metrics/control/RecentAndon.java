package tcps.metrics.control;

import java.time.Instant;

/** One of the most recent Andon events, as the Andon category lists them. */
public record RecentAndon(
        long id,
        String failureType,
        String severity,
        String skuId,
        Long workOrderId,
        String stage,
        String status,
        int escalationLevel,
        Instant triggeredAt,
        Instant resolvedAt) {}
