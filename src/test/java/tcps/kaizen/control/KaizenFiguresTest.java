package tcps.kaizen.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.kaizen.entity.ImprovementTally;
import tcps.kaizen.entity.ProposalStatus;
import tcps.kaizen.entity.WasteCount;

class KaizenFiguresTest {

    @Test
    void reductionIsTheShareOfTheBaselineRemoved() {
        assertThat(KaizenFigures.reduction(200, 150)).isEqualTo(0.25);
        assertThat(KaizenFigures.reduction(10, 0)).isEqualTo(1.0);
    }

    @Test
    void worseAfterThanBeforeIsANegativeReduction() {
        assertThat(KaizenFigures.reduction(10, 15)).isEqualTo(-0.5);
    }

    @Test
    void zeroBaselineHasNoReduction() {
        assertThat(KaizenFigures.reduction(0, 5)).isNull();
        assertThat(KaizenFigures.reduction(0, 0)).isNull();
    }

    @Test
    void summaryCombinesCountsAndCoverage() {
        KaizenSummary summary = KaizenFigures.compute(
                new ImprovementTally(4, 1, 3, 0.3),
                Map.of(ProposalStatus.PROPOSED, 2L, ProposalStatus.IMPLEMENTED, 3L),
                List.of(new WasteCount("waiting", 2)),
                5);

        assertThat(summary.improvementsImplemented()).isEqualTo(4);
        assertThat(summary.automationCoverage()).isEqualTo(0.25);
        assertThat(summary.averageWasteReduction()).isEqualTo(0.3);
        assertThat(summary.measuredImprovements()).isEqualTo(3);
        assertThat(summary.proposalsOpen()).isEqualTo(2);
        assertThat(summary.proposalsImplemented()).isEqualTo(3);
        assertThat(summary.proposalsRejected()).isZero();
    }

    @Test
    void nothingImplementedLeavesCoverageAndReductionOpen() {
        KaizenSummary summary = KaizenFigures.compute(new ImprovementTally(0, 0, 0, null), Map.of(), List.of(), 5);

        assertThat(summary.automationCoverage()).isNull();
        assertThat(summary.averageWasteReduction()).isNull();
        assertThat(summary.proposalsOpen()).isZero();
        assertThat(summary.topWastePoints()).isEmpty();
    }

    @Test
    void topWastePointsAddSourcesAndKeepTheMostNamed() {
        List<WasteCount> proposals =
                List.of(new WasteCount("waiting", 3), new WasteCount("defects", 1), new WasteCount("motion", 2));
        List<WasteCount> directImprovements = List.of(new WasteCount("defects", 3), new WasteCount("inventory", 2));
        List<WasteCount> all = new java.util.ArrayList<>(proposals);
        all.addAll(directImprovements);

        List<WastePoint> top = KaizenFigures.topWastePoints(all, 3);

        assertThat(top)
                .containsExactly(
                        new WastePoint("defects", 4), new WastePoint("waiting", 3), new WastePoint("inventory", 2));
    }
}
