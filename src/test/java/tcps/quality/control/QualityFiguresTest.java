package tcps.quality.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tcps.quality.entity.DeploymentTally;
import tcps.quality.entity.FirstPassTally;
import tcps.quality.entity.GateTally;
import tcps.storage.entity.TimeWindow;

class QualityFiguresTest {

    private static final TimeWindow WINDOW =
            new TimeWindow(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-31T00:00:00Z"));

    @Test
    void ratesComeFromTheCounts() {
        GateTally gates = new GateTally(8, 6, 2, 0.85, 200, 190, 4, 3);

        QualitySummary summary =
                QualityFigures.compute("sku-1", WINDOW, gates, new FirstPassTally(5, 4), new DeploymentTally(10, 9));

        assertThat(summary.gateResults()).isEqualTo(8);
        assertThat(summary.qualityGatePassRate()).isEqualTo(0.75);
        assertThat(summary.firstPassYield()).isEqualTo(0.8);
        assertThat(summary.defectRate()).isEqualTo(0.25);
        assertThat(summary.averageCoverage()).isEqualTo(0.85);
        assertThat(summary.testPassRate()).isEqualTo(0.95);
        assertThat(summary.securityScanPassRate()).isEqualTo(0.75);
        assertThat(summary.deploymentSuccessRate()).isEqualTo(0.9);
        assertThat(summary.from()).isEqualTo(WINDOW.from());
    }

    @Test
    void noDataGivesNoRatesRatherThanZeroOrOne() {
        QualitySummary summary = QualityFigures.compute(
                null,
                WINDOW,
                new GateTally(0, 0, 0, null, 0, 0, 0, 0),
                new FirstPassTally(0, 0),
                new DeploymentTally(0, 0));

        assertThat(summary.qualityGatePassRate()).isNull();
        assertThat(summary.firstPassYield()).isNull();
        assertThat(summary.defectRate()).isNull();
        assertThat(summary.averageCoverage()).isNull();
        assertThat(summary.testPassRate()).isNull();
        assertThat(summary.securityScanPassRate()).isNull();
        assertThat(summary.deploymentSuccessRate()).isNull();
    }

    @Test
    void gatesWithoutTestsLeaveTestPassRateOpenButCountForPassRate() {
        QualitySummary summary = QualityFigures.compute(
                "sku-2",
                WINDOW,
                new GateTally(2, 1, 1, null, 0, 0, 2, 1),
                new FirstPassTally(1, 0),
                new DeploymentTally(0, 0));

        assertThat(summary.qualityGatePassRate()).isEqualTo(0.5);
        assertThat(summary.testPassRate()).isNull();
        assertThat(summary.securityScanPassRate()).isEqualTo(0.5);
        assertThat(summary.firstPassYield()).isZero();
    }

    @Test
    void testCountsMustAddUp() {
        assertThat(gate(10, 8, 2).isTestCountsConsistent()).isTrue();
        assertThat(gate(10, 9, 2).isTestCountsConsistent()).isFalse();
        assertThat(gate(null, 3, null).isTestCountsConsistent()).isFalse();
        assertThat(gate(null, null, null).isTestCountsConsistent()).isTrue();
    }

    private static RecordGateResult gate(Integer run, Integer passed, Integer failed) {
        return new RecordGateResult(1L, "sku", "build", "unit_tests", true, run, passed, failed, null, 0, null);
    }
}
