package tcps.andon.control;

import java.time.Instant;
import tcps.andon.entity.Severity;
import tcps.line.control.LineChange;

/** Fired inside the triggering transaction: observers (the work order that stops) commit or roll back with it. */
public record AndonTriggered(
        long andonId,
        Long workOrderId,
        String skuId,
        String failureType,
        Severity severity,
        String stage,
        Instant triggeredAt)
        implements LineChange {

    @Override
    public Instant at() {
        return triggeredAt;
    }
}
