package tcps.custommetrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.PrometheusText;

class CustomSeriesTest {

    @Test
    void countersSumTheirIncrementsFractionsIncluded() {
        CustomSeries series =
                new CustomSeries(MetricType.COUNTER, "jobs", Map.of("stage", "testing", "bucket", "cost"));

        series.record(1);
        CustomMetricSeries view = series.record(0.5);

        assertThat(view.count()).isEqualTo(2);
        assertThat(view.sum()).isEqualTo(1.5);
        // Labels sorted by key, as Prometheus writes them
        assertThat(series.values()).containsExactly(Map.entry("jobs_total{bucket=\"cost\",stage=\"testing\"}", 1.5));
        assertThat(lines(series)).containsExactly("jobs_total{bucket=\"cost\",stage=\"testing\"} 1.5");
    }

    @Test
    void gaugesShowTheirLatestValue() {
        CustomSeries series = new CustomSeries(MetricType.GAUGE, "wip_current", Map.of("bucket", "security"));
        series.record(3.5);
        CustomMetricSeries view = series.record(5);

        assertThat(view.min()).isEqualTo(3.5);
        assertThat(view.max()).isEqualTo(5.0);
        assertThat(series.values()).containsExactly(Map.entry("wip_current{bucket=\"security\"}", 5.0));
        assertThat(lines(series)).containsExactly("wip_current{bucket=\"security\"} 5");
    }

    @Test
    void distributionsKeepExactFiguresAndGiveHistoryTheirCountAndSum() {
        CustomSeries series = new CustomSeries(MetricType.HISTOGRAM, "lead_time", Map.of("sku_id", "SKU-123"));
        for (double value : new double[] {300, 100, 200}) {
            series.record(value);
        }
        CustomMetricSeries view = series.view();

        assertThat(view.type()).isEqualTo("histogram");
        assertThat(view.count()).isEqualTo(3);
        assertThat(view.sum()).isEqualTo(600.0);
        assertThat(view.min()).isEqualTo(100.0);
        assertThat(view.max()).isEqualTo(300.0);
        assertThat(view.last()).isEqualTo(200.0);
        assertThat(series.values())
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "lead_time_count{sku_id=\"SKU-123\"}", 3.0,
                        "lead_time_sum{sku_id=\"SKU-123\"}", 600.0));
    }

    @Test
    void aHistogramCountsIntoCumulativeBucketsUpToInf() {
        CustomSeries series = new CustomSeries(
                MetricType.HISTOGRAM, "lead_time", Map.of("sku_id", "SKU-123", "stage", "compilation"));
        series.record(3_600_000);
        series.record(0.02);

        List<String> lines = lines(series);

        String labels = "sku_id=\"SKU-123\",stage=\"compilation\"";
        assertThat(lines)
                .contains(
                        "lead_time_bucket{" + labels + ",le=\"0.01\"} 0",
                        "lead_time_bucket{" + labels + ",le=\"0.025\"} 1",
                        "lead_time_bucket{" + labels + ",le=\"2500000\"} 1",
                        "lead_time_bucket{" + labels + ",le=\"5000000\"} 2",
                        "lead_time_bucket{" + labels + ",le=\"+Inf\"} 2",
                        "lead_time_sum{" + labels + "} 3600000.02",
                        "lead_time_count{" + labels + "} 2")
                .noneMatch(line -> line.contains("quantile"));
        assertThat(lines.get(lines.size() - 3)).endsWith("le=\"+Inf\"} 2");
    }

    @Test
    void aSummaryGivesQuantilesOfItsObservationsNotBuckets() {
        CustomSeries series = new CustomSeries(MetricType.SUMMARY, "defect_rate", Map.of("time_period", "daily"));
        for (int i = 1; i <= 100; i++) {
            series.record(i / 100.0);
        }

        assertThat(lines(series))
                .containsExactly(
                        "defect_rate{time_period=\"daily\",quantile=\"0.5\"} 0.5",
                        "defect_rate{time_period=\"daily\",quantile=\"0.9\"} 0.9",
                        "defect_rate{time_period=\"daily\",quantile=\"0.99\"} 0.99",
                        "defect_rate_sum{time_period=\"daily\"} 50.5",
                        "defect_rate_count{time_period=\"daily\"} 100");
    }

    @Test
    void aSummarysQuantilesFollowItsLatestObservations() {
        CustomSeries series = new CustomSeries(MetricType.SUMMARY, "s", Map.of());
        for (int i = 0; i < SummaryWindow.SIZE; i++) {
            series.record(1000);
        }
        for (int i = 0; i < SummaryWindow.SIZE; i++) {
            series.record(0.02);
        }

        assertThat(lines(series)).startsWith("s{quantile=\"0.5\"} 0.02").contains("s_count " + 2 * SummaryWindow.SIZE);
    }

    @Test
    void theKeyIgnoresTagOrder() {
        assertThat(CustomSeries.key("m", Map.of("a", "1", "b", "2")))
                .isEqualTo(CustomSeries.key("m", new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))))
                .isEqualTo("m{a=\"1\",b=\"2\"}");
    }

    /** The series' sample lines as the scrape writes them. */
    private static List<String> lines(CustomSeries series) {
        String text = PrometheusText.render(List.of(
                new MetricFamily(series.familyName(), series.familyType(), series.familyHelp(), series.samples())));
        return Stream.of(text.split("\n")).filter(line -> !line.startsWith("#")).toList();
    }
}
