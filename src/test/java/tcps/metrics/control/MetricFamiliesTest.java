package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.RecordingEvent;
import tcps.andon.control.AndonSummary;
import tcps.kaizen.control.KaizenSummary;
import tcps.kanban.control.WipStatus;
import tcps.quality.control.QualitySummary;
import tcps.simulation.control.FailureSimulation;
import tcps.tpm.control.TpmStatus;

/** The scrape of a line that has seen nothing yet: every family is there, undefined figures as NaN. */
class MetricFamiliesTest {

    private static final Instant NOW = Instant.parse("2026-12-02T08:00:00Z");

    private final List<MetricFamily> families = MetricFamilies.of(emptyLine());
    private final String text = PrometheusText.render(families);

    static MetricsSnapshot emptyLine() {
        QualitySummary quality =
                new QualitySummary(null, NOW, NOW, 0, null, 0, null, null, null, 0, null, 0, null, 0, null);
        LineReports reports = new LineReports(
                NOW,
                List.of(new WipStatus("reliability", 0, 5, 5, 0.0, 0, false, new WipStatus.PullSignal(0, null, null))),
                new AndonSummary(0, Map.of(), 0, null, 0, 0, null, NOW),
                List.of(),
                quality,
                quality,
                quality,
                new TpmStatus("line", NOW, NOW, 1.0, 0, 0, null, 1.0, 0, 0, 0, null, null),
                new KaizenSummary(0, 0, null, 0, null, 0, 0, 0, List.of()));
        return MetricsSnapshot.of(
                new ProductionAggregates(Duration.ofHours(24), List.of("compilation", "testing")).figures(NOW),
                reports,
                new SimulatedMetrics(new FailureSimulation(new RecordingEvent<>())));
    }

    @Test
    void everyDesignedSeriesHasASampleBeforeAnyData() {
        // The stream's client count is added live by the scrape resource
        for (String series : DesignedSeries.NAMES) {
            if (!series.equals("tcps_sse_connected_clients")) {
                assertThat(text).as(series).containsPattern(DesignedSeries.sampleLine(series));
            }
        }
    }

    @Test
    void undefinedFiguresAreNaNRatherThanAbsent() {
        assertThat(text)
                .contains(
                        "\ntcps_production_lead_time_p50 NaN\n",
                        "\ntcps_production_lead_time_p90 NaN\n",
                        "\ntcps_quality_defect_rate NaN\n",
                        "\ntcps_quality_gate_pass_rate NaN\n",
                        "\ntcps_lead_time_avg NaN\n",
                        "\ntcps_cycle_time_p50 NaN\n",
                        "\ntcps_cycle_time_p95 NaN\n",
                        "\ntcps_kaizen_lead_time_improvement NaN\n",
                        "\ntcps_tpm_mtbf_seconds NaN\n")
                .contains("\ntcps_production_throughput 0\n", "\ntcps_kanban_wip_current 0\n");
    }

    @Test
    void knownLabelSetsStartAtZeroAndEmptyOnesKeepHelpAndType() {
        assertThat(text)
                .contains(
                        "tcps_andon_events_by_severity{severity=\"critical\"} 0\n",
                        "tcps_andon_events_by_severity{severity=\"warning\"} 0\n",
                        "tcps_andon_events_by_severity{severity=\"info\"} 0\n",
                        "tcps_kanban_wip{bucket=\"reliability\"} 0\n",
                        "tcps_flow_cycle_time_distribution{up_to=\"+Inf\"} 0\n",
                        "tcps_flow_stage_work_orders{stage=\"compilation\"} 0\n",
                        "tcps_flow_stage_work_orders{stage=\"testing\"} 0\n",
                        "tcps_flow_stage_dwell_avg{stage=\"testing\"} NaN\n")
                .contains("# HELP tcps_kaizen_waste_points ", "# TYPE tcps_kaizen_waste_points gauge\n# HELP ");
    }

    @Test
    void completedWorkOrdersAreACounterInTheFormPromtoolAccepts() {
        assertThat(text)
                .contains("# TYPE tcps_work_orders_completed_total counter\ntcps_work_orders_completed_total 0\n")
                .contains("# TYPE tcps_work_orders_total counter\ntcps_work_orders_total 0\n")
                .doesNotContain("tcps_work_orders_completed ", "tcps_work_orders_total_total");
    }

    @Test
    void familyNamesAreUnique() {
        assertThat(families).extracting(MetricFamily::name).doesNotHaveDuplicates();
    }

    @Test
    void historyLeavesUndefinedFiguresOutAndNamesSeriesAsTheScrapeDoes() {
        Map<String, Double> values = LineMetricSource.valuesOf(emptyLine());

        assertThat(values)
                .doesNotContainKeys("tcps_production_lead_time_p50", "tcps_quality_defect_rate")
                .containsEntry("tcps_work_orders_completed_total", 0.0)
                .containsEntry("tcps_work_orders_total", 0.0);
    }
}
