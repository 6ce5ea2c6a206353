package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    @Test
    void familiesRenderWithHelpTypeAndEscapedLabelsAndUnknownValuesAsNaN() {
        Map<String, Long> wip = new LinkedHashMap<>();
        wip.put("security", 2L);
        wip.put("odd\"name", 1L);
        String text = PrometheusText.render(List.of(
                MetricFamily.gauge("tcps_quality_defect_rate", "Defect rate.", 0.25),
                MetricFamily.counter("tcps_work_orders", "Created.", 12L),
                MetricFamily.gauge("tcps_production_lead_time_p50", "Lead time.", null),
                MetricFamily.labelled("tcps_kanban_wip", "WIP.", "bucket", wip)));

        assertThat(text)
                .isEqualTo(
                        """
                        # HELP tcps_quality_defect_rate Defect rate.
                        # TYPE tcps_quality_defect_rate gauge
                        tcps_quality_defect_rate 0.25
                        # HELP tcps_work_orders_total Created.
                        # TYPE tcps_work_orders_total counter
                        tcps_work_orders_total 12
                        # HELP tcps_production_lead_time_p50 Lead time.
                        # TYPE tcps_production_lead_time_p50 gauge
                        tcps_production_lead_time_p50 NaN
                        # HELP tcps_kanban_wip WIP.
                        # TYPE tcps_kanban_wip gauge
                        tcps_kanban_wip{bucket="security"} 2
                        tcps_kanban_wip{bucket="odd\\"name"} 1
                        """);
    }

    @Test
    void summariesWriteEachSampleWithItsSuffixAndAnEmptyFamilyOnlyItsHelpAndType() {
        String text = PrometheusText.render(List.of(
                new MetricFamily(
                        "lead_time",
                        "summary",
                        "Lead time.",
                        List.of(
                                new MetricFamily.Sample("_count", "sku=\"a\"", 2.0),
                                new MetricFamily.Sample("_sum", "sku=\"a\"", 300.0))),
                MetricFamily.labelled("tcps_kaizen_waste_points", "Wastes.", "waste_type", Map.of())));

        assertThat(text)
                .isEqualTo(
                        """
                        # HELP lead_time Lead time.
                        # TYPE lead_time summary
                        lead_time_count{sku="a"} 2
                        lead_time_sum{sku="a"} 300
                        # HELP tcps_kaizen_waste_points Wastes.
                        # TYPE tcps_kaizen_waste_points gauge
                        """);
    }

    @Test
    void numbersAreWrittenAsPrometheusReadsThem() {
        assertThat(PrometheusText.number(3.0)).isEqualTo("3");
        assertThat(PrometheusText.number(0.125)).isEqualTo("0.125");
        assertThat(PrometheusText.number(Double.NaN)).isEqualTo("NaN");
        assertThat(PrometheusText.number(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    }
}
