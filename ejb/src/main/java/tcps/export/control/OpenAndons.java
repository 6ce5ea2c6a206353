package tcps.export.control;

import java.time.Instant;
import java.util.List;

/** The open Andons, newest first, at most {@code limit} of {@code total}. */
public record OpenAndons(long total, int limit, List<Row> items) {

    public boolean truncated() {
        return total > items.size();
    }

    public record Row(
            long id,
            String severity,
            String failureType,
            String skuId,
            Long workOrderId,
            String stage,
            Instant triggeredAt,
            int escalationLevel) {}
}
