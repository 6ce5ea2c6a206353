package tcps.custommetrics.control;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcps.problems.control.InvalidCommand;

class MetricRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"work_orders_completed", "_private", "leadTime2", "a"})
    void acceptsPrometheusNames(String name) {
        assertThatCode(() -> MetricRules.check(MetricType.GAUGE, name, 1.0, Map.of()))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "2fast",
                "with-dash",
                "with space",
                "rule:colon",
                "__reserved",
                "jobs_total",
                "lead_time_count",
                "lead_time_sum",
                "latency_bucket",
                "lead_time_mean",
                "tcps_kanban_wip",
                "tcps_anything",
                "größe"
            })
    void refusesOtherNames(String name) {
        assertThatThrownBy(() -> MetricRules.check(MetricType.GAUGE, name, 1.0, Map.of()))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void refusesOverlongNames() {
        assertThatThrownBy(() -> MetricRules.check(MetricType.GAUGE, "a".repeat(129), 1.0, Map.of()))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("128");
        assertThatCode(() -> MetricRules.check(MetricType.GAUGE, "a".repeat(128), 1.0, Map.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void gaugesTakeAnyFiniteValue() {
        assertThatCode(() -> MetricRules.check(MetricType.GAUGE, "g", -0.02, Map.of()))
                .doesNotThrowAnyException();
        for (Double value : new Double[] {null, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> MetricRules.check(MetricType.GAUGE, "g", value, Map.of()))
                    .isInstanceOf(InvalidCommand.class);
        }
    }

    @Test
    void countersTakeIncrementsOfZeroOrMoreFractionsIncluded() {
        for (double increment : new double[] {0.0, 1.0, 1.5, 42.0}) {
            assertThatCode(() -> MetricRules.check(MetricType.COUNTER, "c", increment, Map.of()))
                    .doesNotThrowAnyException();
        }
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", -1.0, Map.of()))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", -0.5, Map.of()))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void distributionsTakeAnyFiniteObservation() {
        // emit_metric(summary, defect_rate, 0.02, ...) and emit_metric(histogram, lead_time, 3600000, ...)
        assertThatCode(() -> MetricRules.check(MetricType.SUMMARY, "defect_rate", 0.02, Map.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> MetricRules.check(MetricType.HISTOGRAM, "lead_time", 3_600_000.0, Map.of()))
                .doesNotThrowAnyException();
        assertThatCode(() -> MetricRules.check(MetricType.HISTOGRAM, "h", -5.25, Map.of()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> MetricRules.check(MetricType.SUMMARY, "s", Double.NaN, Map.of()))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void refusesTheProductsOwnPrefix() {
        assertThatThrownBy(() -> MetricRules.check(MetricType.GAUGE, "tcps_kanban_wip", 1.0, Map.of()))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("tcps_");
    }

    @Test
    void acceptsTagsWithPrintableValues() {
        Map<String, String> tags = Map.of("bucket", "reliability", "sku_id", "SKU-123", "path", "/api/x y=z,ü");
        assertThatCode(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, tags))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1st", "with-dash", "__name__", "mp_scope", "le", "quantile", ""})
    void refusesReservedOrMalformedTagKeys(String key) {
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, Map.of(key, "v")))
                .isInstanceOf(InvalidCommand.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "say \"hi\"", "back\\slash", "new\nline"})
    void refusesTagValuesTheExpositionWouldHaveToEscape(String value) {
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, Map.of("k", value)))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void refusesNullTagValuesTooManyTagsAndLongValues() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("k", null);
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, nullValue))
                .isInstanceOf(InvalidCommand.class);
        Map<String, String> eleven = new HashMap<>();
        for (int i = 0; i < 11; i++) {
            eleven.put("k" + i, "v");
        }
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, eleven))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("10");
        assertThatThrownBy(() -> MetricRules.check(MetricType.COUNTER, "c", 1.0, Map.of("k", "v".repeat(129))))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void typesAreNamedInAnyCase() {
        assertThatCode(() -> MetricType.of(" Histogram ")).doesNotThrowAnyException();
        assertThatThrownBy(() -> MetricType.of("meter"))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("[counter, gauge, histogram, summary]");
        assertThatThrownBy(() -> MetricType.of(null)).isInstanceOf(InvalidCommand.class);
    }
}
