package tcps.kaizen.control;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tcps.kaizen.entity.ImprovementTally;
import tcps.kaizen.entity.ProposalStatus;
import tcps.kaizen.entity.WasteCount;

/** The Kaizen formulas, free of the database. */
public final class KaizenFigures {

    private KaizenFigures() {}

    /** (baseline − after) ÷ baseline: 0.25 is a quarter less waste, negative is worse; null for a zero baseline. */
    public static Double reduction(double baseline, double after) {
        return baseline == 0 ? null : (baseline - after) / baseline;
    }

    public static KaizenSummary compute(
            ImprovementTally improvements, Map<ProposalStatus, Long> proposals, List<WasteCount> wastes, int top) {
        return new KaizenSummary(
                improvements.implemented(),
                improvements.automated(),
                improvements.implemented() == 0 ? null : (double) improvements.automated() / improvements.implemented(),
                improvements.measured(),
                improvements.averageReduction(),
                proposals.getOrDefault(ProposalStatus.PROPOSED, 0L),
                proposals.getOrDefault(ProposalStatus.IMPLEMENTED, 0L),
                proposals.getOrDefault(ProposalStatus.REJECTED, 0L),
                topWastePoints(wastes, top));
    }

    /**
     * Counts of the same waste type from several sources are added up; the most named come first, ties by name so
     * the order is stable.
     */
    static List<WastePoint> topWastePoints(List<WasteCount> wastes, int top) {
        Map<String, Long> totals = new TreeMap<>();
        wastes.forEach(waste -> totals.merge(waste.wasteType(), waste.count(), Long::sum));
        return totals.entrySet().stream()
                .map(entry -> new WastePoint(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingLong(WastePoint::count).reversed().thenComparing(WastePoint::wasteType))
                .limit(top)
                .toList();
    }
}
