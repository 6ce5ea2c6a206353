package tcps.kaizen.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;

/**
 * Kaizen figures over the whole history. Ratios are 0..1; {@code averageWasteReduction} averages the
 * {@code measuredImprovements} (those with a non-zero baseline). It and {@code automationCoverage} are null when
 * nothing has been implemented (or measured) yet.
 */
@JsonbNillable
public record KaizenSummary(
        long improvementsImplemented,
        long automatedImprovements,
        Double automationCoverage,
        long measuredImprovements,
        Double averageWasteReduction,
        long proposalsOpen,
        long proposalsImplemented,
        long proposalsRejected,
        List<WastePoint> topWastePoints) {}
