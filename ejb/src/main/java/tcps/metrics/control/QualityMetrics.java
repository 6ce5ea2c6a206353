package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.quality.control.QualitySummary;

/** Quality figures over the quality window ({@code tcps.quality.window-days}); rates 0..1, null without data. */
@JsonbNillable
public record QualityMetrics(
        Double defectRate,
        Double firstPassYield,
        Double testCoverage,
        Double qualityGatePassRate,
        Double testPassRate,
        Double securityScanPassRate,
        Double deploymentSuccessRate,
        long gateResults,
        long testsRun,
        long deployments,
        Instant from,
        Instant to) {

    static QualityMetrics of(QualitySummary summary) {
        return new QualityMetrics(
                summary.defectRate(),
                summary.firstPassYield(),
                summary.averageCoverage(),
                summary.qualityGatePassRate(),
                summary.testPassRate(),
                summary.securityScanPassRate(),
                summary.deploymentSuccessRate(),
                summary.gateResults(),
                summary.testsRun(),
                summary.deployments(),
                summary.from(),
                summary.to());
    }
}
