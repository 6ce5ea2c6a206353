package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.List;
import tcps.kaizen.control.KaizenSummary;
import tcps.kaizen.control.WastePoint;
import tcps.quality.control.QualitySummary;

/**
 * Kaizen figures, and the week-over-week trends of the last seven days against the seven before, in percent (positive
 * is better): lead time improvement (average lead time down), defect reduction (defect rate down), throughput
 * increase (completions up). A trend is null when the week before has nothing to compare with.
 */
@JsonbNillable
public record KaizenMetrics(
        long improvementsImplemented,
        long automatedImprovements,
        Double wasteReductionPercent,
        Double automationCoverage,
        long proposalsOpen,
        long proposalsImplemented,
        long proposalsRejected,
        long proposalsTotal,
        List<WastePoint> topWastePoints,
        Double leadTimeImprovementPercent,
        Double defectReductionPercent,
        Double throughputIncreasePercent) {

    static KaizenMetrics of(
            KaizenSummary summary,
            WindowStats completionsThisWeek,
            WindowStats completionsPreviousWeek,
            QualitySummary qualityThisWeek,
            QualitySummary qualityPreviousWeek) {
        return new KaizenMetrics(
                summary.improvementsImplemented(),
                summary.automatedImprovements(),
                summary.averageWasteReduction() == null ? null : summary.averageWasteReduction() * 100,
                summary.automationCoverage(),
                summary.proposalsOpen(),
                summary.proposalsImplemented(),
                summary.proposalsRejected(),
                summary.proposalsOpen() + summary.proposalsImplemented() + summary.proposalsRejected(),
                summary.topWastePoints(),
                reduction(completionsPreviousWeek.mean(), completionsThisWeek.mean()),
                reduction(qualityPreviousWeek.defectRate(), qualityThisWeek.defectRate()),
                completionsPreviousWeek.count() == 0
                        ? null
                        : increase(completionsPreviousWeek.count(), completionsThisWeek.count()));
    }

    /** How much lower {@code now} is than {@code before}, in percent of {@code before}. */
    static Double reduction(Double before, Double now) {
        if (before == null || now == null || before == 0) {
            return null;
        }
        return (before - now) / before * 100;
    }

    static Double increase(double before, double now) {
        return (now - before) / before * 100;
    }
}
