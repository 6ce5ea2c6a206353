package tcps.custommetrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.PrometheusText;

class CustomSeriesTest {

    @Test
    void countersSumTheirIncrementsAndExportEach() {
        CustomSeries series =
                new CustomSeries(MetricType.COUNTER, "jobs", Map.of("stage", "testing", "bucket", "cost"));
        List<Double> exported = new ArrayList<>();
        series.exportTo(exported::add);

        series.record(1);
        CustomMetricSeries view = series.record(4);

        assertThat(exported).containsExactly(1.0, 4.0);
        assertThat(view.count()).isEqualTo(2);
        assertThat(view.sum()).isEqualTo(5.0);
        // Labels sorted by key, as Prometheus writes them
        assertThat(series.values()).containsExactly(Map.entry("jobs_total{bucket=\"cost\",stage=\"testing\"}", 5.0));
    }

    @Test
    void gaugesShowTheirLatestValue() {
        CustomSeries series = new CustomSeries(MetricType.GAUGE, "wip_current", Map.of());
        series.record(5);
        CustomMetricSeries view = series.record(3.5);

        assertThat(series.last()).isEqualTo(3.5);
        assertThat(view.min()).isEqualTo(3.5);
        assertThat(view.max()).isEqualTo(5.0);
        assertThat(series.values()).containsExactly(Map.entry("wip_current", 3.5));
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
    void theKeyIgnoresTagOrder() {
        assertThat(CustomSeries.key("m", Map.of("a", "1", "b", "2")))
                .isEqualTo(CustomSeries.key("m", new java.util.TreeMap<>(Map.of("b", "2", "a", "1"))))
                .isEqualTo("m{a=\"1\",b=\"2\"}");
    }

    @Test
    void eachTypeJoinsTheScrapeAsAFamilyPromtoolAccepts() {
        CustomSeries counter = new CustomSeries(MetricType.COUNTER, "jobs", Map.of("bucket", "cost"));
        CustomSeries gauge = new CustomSeries(MetricType.GAUGE, "wip", Map.of());
        CustomSeries histogram = new CustomSeries(MetricType.HISTOGRAM, "lead_time", Map.of("sku_id", "SKU-1"));
        counter.record(3);
        gauge.record(2.5);
        histogram.record(100);
        histogram.record(300);

        String text = PrometheusText.render(Stream.of(counter, gauge, histogram)
                .map(s -> new MetricFamily(s.familyName(), s.familyType(), s.familyHelp(), s.samples()))
                .toList());

        assertThat(text)
                .isEqualTo(
                        """
                        # HELP jobs_total Custom counter jobs.
                        # TYPE jobs_total counter
                        jobs_total{bucket="cost"} 3
                        # HELP wip Custom gauge wip.
                        # TYPE wip gauge
                        wip 2.5
                        # HELP lead_time Custom histogram lead_time.
                        # TYPE lead_time summary
                        lead_time_count{sku_id="SKU-1"} 2
                        lead_time_sum{sku_id="SKU-1"} 400
                        """);
    }
}
