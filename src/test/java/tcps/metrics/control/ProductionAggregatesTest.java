package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static tcps.workorders.entity.WorkOrderStatus.BLOCKED;
import static tcps.workorders.entity.WorkOrderStatus.CANCELLED;
import static tcps.workorders.entity.WorkOrderStatus.COMPLETED;
import static tcps.workorders.entity.WorkOrderStatus.FAILED;
import static tcps.workorders.entity.WorkOrderStatus.IN_PROGRESS;
import static tcps.workorders.entity.WorkOrderStatus.QUEUED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.kaizen.control.KaizenSummary;
import tcps.metrics.entity.CompletedWorkOrder;
import tcps.metrics.entity.WorkOrderCounts;
import tcps.quality.control.QualitySummary;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.control.WorkOrderChanged.Change;
import tcps.workorders.entity.WorkOrderStatus;

class ProductionAggregatesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

    private final ProductionAggregates line = new ProductionAggregates(Duration.ofHours(24), List.of());

    @Test
    void aWorkOrderPassingItsStagesGivesExactLeadCycleAndDwellTimes() {
        line.apply(created(1, "reliability", 0));
        line.apply(change(1, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 2_000));
        line.apply(change(1, Change.ADVANCED, IN_PROGRESS, IN_PROGRESS, "testing", 5_000));
        line.apply(change(1, Change.BLOCKED, IN_PROGRESS, BLOCKED, "testing", 6_000));
        line.apply(change(1, Change.UNBLOCKED, BLOCKED, IN_PROGRESS, "testing", 7_000));
        line.apply(change(1, Change.COMPLETED, IN_PROGRESS, COMPLETED, "testing", 15_000));

        ProductionFigures figures = line.figures(T0.plusSeconds(20));
        assertThat(figures.leadTime().count()).isEqualTo(1);
        // HdrHistogram answers the highest value equivalent to the recorded one, within 0.1 %
        assertThat(figures.leadTime().percentile(50)).isBetween(15_000L, 15_015L);
        assertThat(figures.cycleTime().mean()).isEqualTo(13_000.0);
        assertThat(figures.stageDwell().get("compilation").mean()).isEqualTo(3_000.0);
        assertThat(figures.stageDwell().get("testing").mean()).isEqualTo(10_000.0);
        assertThat(figures.count(COMPLETED)).isEqualTo(1);
        assertThat(figures.total()).isEqualTo(1);
        assertThat(figures.active()).isZero();
        assertThat(figures.lastHour().count()).isEqualTo(1);
        assertThat(figures.inStage()).isEmpty();

        FlowMetrics flow = FlowMetrics.of(figures);
        assertThat(flow.bottleneckStage()).isEqualTo("testing");
        assertThat(flow.cycleTimeDistribution().get(0).count())
                .as("up to one minute")
                .isEqualTo(1);
    }

    @Test
    void statusCountsFollowEveryChangeAndReconcileOnlyWhenNothingChangedMeanwhile() {
        line.apply(created(1, "reliability", 0));
        line.apply(created(2, "reliability", 0));
        line.apply(created(3, "reliability", 0));
        line.apply(change(1, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 1_000));
        line.apply(change(2, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 1_000));
        line.apply(change(2, Change.BLOCKED, IN_PROGRESS, BLOCKED, "compilation", 2_000));
        line.apply(change(3, Change.CANCELLED, QUEUED, CANCELLED, null, 3_000));

        ProductionFigures figures = line.figures(T0.plusSeconds(5));
        assertThat(figures.byStatus())
                .containsEntry(QUEUED, 0L)
                .containsEntry(IN_PROGRESS, 1L)
                .containsEntry(BLOCKED, 1L)
                .containsEntry(CANCELLED, 1L);
        assertThat(figures.active()).isEqualTo(2);
        assertThat(figures.inStage()).containsEntry("compilation", 2L);

        WorkOrderCounts stored = new WorkOrderCounts(Map.of(COMPLETED, 40L), Map.of());
        long before = line.changes();
        line.apply(change(1, Change.ADVANCED, IN_PROGRESS, IN_PROGRESS, "testing", 4_000));
        assertThat(line.reconcile(stored, before))
                .as("a change came in between")
                .isFalse();
        assertThat(line.reconcile(stored, line.changes())).isTrue();
        assertThat(line.figures(T0.plusSeconds(5)).count(COMPLETED)).isEqualTo(40);
    }

    @Test
    void changesObservedOutOfOrderAddUpTheSame() {
        // each transaction's observers run once it committed, on its own thread: the advance may be seen first
        line.apply(change(7, Change.ADVANCED, IN_PROGRESS, IN_PROGRESS, "testing", 2_000));
        line.apply(change(7, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 1_000));
        line.apply(created(7, "reliability", 0));
        line.apply(change(7, Change.COMPLETED, IN_PROGRESS, COMPLETED, "testing", 4_000));

        ProductionFigures figures = line.figures(T0.plusSeconds(5));
        assertThat(figures.leadTime().mean()).isEqualTo(4_000.0);
        assertThat(figures.cycleTime().mean()).isEqualTo(3_000.0);
        assertThat(figures.stageDwell().get("testing").mean())
                .as("the start seen late did not move it back a stage")
                .isEqualTo(2_000.0);
        assertThat(figures.byStatus())
                .as("counted once, as what it became")
                .containsEntry(QUEUED, 0L)
                .containsEntry(IN_PROGRESS, 0L)
                .containsEntry(COMPLETED, 1L);
        assertThat(line.queuedIn("reliability")).isZero();
        assertThat(line.remembered()).isZero();
    }

    @Test
    void queuedWorkIsCountedButNotRemembered() {
        for (long id = 1; id <= 10_000; id++) {
            line.apply(created(id, "reliability", 0));
        }
        line.apply(change(5, Change.BLOCKED, QUEUED, QUEUED, null, 1_000)); // held in the queue by an Andon
        line.apply(change(6, Change.CANCELLED, QUEUED, CANCELLED, null, 1_000));

        assertThat(line.queuedIn("reliability")).isEqualTo(9_999);
        assertThat(line.remembered()).isZero();

        line.apply(change(1, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 2_000));
        assertThat(line.remembered()).isEqualTo(1);
        line.apply(change(1, Change.FAILED, IN_PROGRESS, FAILED, "compilation", 3_000));
        assertThat(line.remembered()).isZero();
        assertThat(line.figures(T0.plusSeconds(5))
                        .stageDwell()
                        .get("compilation")
                        .mean())
                .isEqualTo(1_000.0);
    }

    @Test
    void queueDepthsFollowEachBucketsQueueAndTakeTheStoredCounts() {
        line.apply(created(1, "reliability", 0));
        line.apply(created(2, "reliability", 0));
        line.apply(created(3, "security", 0));
        line.apply(change(1, Change.STARTED, QUEUED, IN_PROGRESS, "compilation", 1_000));
        line.apply(change(2, Change.CANCELLED, QUEUED, CANCELLED, null, 2_000));
        line.apply(created(4, "reliability", 3_000));

        assertThat(line.queuedIn("reliability")).isEqualTo(1);
        assertThat(line.queuedIn("security")).isEqualTo(1);
        assertThat(line.queuedIn("cost")).isZero();

        var stored = new WorkOrderCounts(Map.of(QUEUED, 7L), Map.of("cost", 7L));
        assertThat(line.reconcile(stored, line.changes())).isTrue();
        assertThat(line.queuedIn("cost")).isEqualTo(7);
        assertThat(line.queuedIn("reliability"))
                .as("no queued row in the database")
                .isZero();
        assertThat(line.figures(T0.plusSeconds(5)).count(QUEUED)).isEqualTo(7);
    }

    @Test
    void weekOverWeekTrendsCompareTheLastSevenDaysWithTheSevenBefore() {
        Instant now = T0;
        line.completed(new CompletedWorkOrder(
                now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(10)),
                now.minus(Duration.ofDays(10)).plusSeconds(400)));
        line.completed(new CompletedWorkOrder(
                now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(9)),
                now.minus(Duration.ofDays(9)).plusSeconds(400)));
        line.completed(new CompletedWorkOrder(
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofDays(2)).plusSeconds(100)));
        line.completed(new CompletedWorkOrder(
                now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)),
                now.minus(Duration.ofDays(1)).plusSeconds(300)));
        line.completed(new CompletedWorkOrder(now.minusSeconds(600), now.minusSeconds(500), now.minusSeconds(100)));

        ProductionFigures figures = line.figures(now);
        assertThat(figures.previousWeek().count()).isEqualTo(2);
        assertThat(figures.thisWeek().count()).isEqualTo(3);
        KaizenMetrics trends = KaizenMetrics.of(
                new KaizenSummary(0, 0, null, 0, null, 0, 0, 0, List.of()),
                figures.thisWeek(),
                figures.previousWeek(),
                quality(0.1),
                quality(0.2));
        // average lead time 400 s the week before, (100 + 300 + 500) / 3 = 300 s this week
        assertThat(trends.leadTimeImprovementPercent()).isCloseTo(25.0, offset(1e-9));
        assertThat(trends.throughputIncreasePercent()).isCloseTo(50.0, offset(1e-9));
        assertThat(trends.defectReductionPercent()).isCloseTo(50.0, offset(1e-9));
        // the lead-time window holds the current hour and the 23 before: the completion a day ago has left it
        assertThat(figures.leadTime().count()).isEqualTo(1);
        assertThat(figures.leadTime().from()).isEqualTo(now.minus(Duration.ofHours(23)));
    }

    private static QualitySummary quality(Double defectRate) {
        return new QualitySummary(null, T0, T0, 10, 1.0, 1, 1.0, defectRate, null, 0, null, 0, null, 0, null);
    }

    private static WorkOrderChanged created(long id, String bucket, long atMs) {
        Instant at = T0.plusMillis(atMs);
        return new WorkOrderChanged(id, Change.CREATED, null, QUEUED, bucket, "SKU", null, at, null, at);
    }

    // Created at T0; started at 1 s, or 2 s for work order 1, as the tests above have it
    private static WorkOrderChanged change(
            long id, Change change, WorkOrderStatus previous, WorkOrderStatus status, String stage, long atMs) {
        Instant startedAt = stage == null ? null : T0.plusMillis(id == 1 ? 2_000 : 1_000);
        return new WorkOrderChanged(
                id, change, previous, status, "reliability", "SKU", stage, T0, startedAt, T0.plusMillis(atMs));
    }
}
