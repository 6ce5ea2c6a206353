package tcps.kaizen.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/**
 * Fired once an improvement is stored; {@code proposalId} is null for a direct improvement and {@code reduction}
 * null when the baseline was zero.
 */
public record ImprovementImplemented(
        long improvementId,
        Long proposalId,
        String wasteType,
        Double reduction,
        boolean automated,
        Instant implementedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return implementedAt;
    }
}
