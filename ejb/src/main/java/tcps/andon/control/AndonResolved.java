package tcps.andon.control;

import java.time.Duration;
import java.time.Instant;
import tcps.andon.entity.Severity;
import tcps.line.control.LineChange;

/** Fired inside the resolving transaction: observers (the work order that resumes) commit or roll back with it. */
public record AndonResolved(
        long andonId, Long workOrderId, Severity severity, Instant resolvedAt, Duration resolutionTime)
        implements LineChange {

    @Override
    public Instant at() {
        return resolvedAt;
    }
}
