package tcps.quality.control;

import tcps.quality.entity.DeploymentTally;
import tcps.quality.entity.FirstPassTally;
import tcps.quality.entity.GateTally;
import tcps.storage.entity.TimeWindow;

/**
 * The quality formulas over counts the database produced.
 *
 * <p>Defect rate is the share of gate results that found at least one defect, not defects per result: a gate that
 * finds ten defects in one build is one failed inspection, and the share stays within 0..1 like the other rates.
 */
public final class QualityFigures {

    private QualityFigures() {}

    public static QualitySummary compute(
            String skuId, TimeWindow window, GateTally gates, FirstPassTally firstPass, DeploymentTally deployments) {
        return new QualitySummary(
                skuId,
                window.from(),
                window.to(),
                gates.results(),
                ratio(gates.passed(), gates.results()),
                firstPass.workOrders(),
                ratio(firstPass.passedFirstTime(), firstPass.workOrders()),
                ratio(gates.withDefects(), gates.results()),
                gates.averageCoverage(),
                gates.testsRun(),
                ratio(gates.testsPassed(), gates.testsRun()),
                gates.securityScans(),
                ratio(gates.securityScansPassed(), gates.securityScans()),
                deployments.deployments(),
                ratio(deployments.succeeded(), deployments.deployments()));
    }

    /** {@code part ÷ whole}, or null when there is no whole to divide by. */
    static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
