package tcps.metrichistory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.metrichistory.entity.MetricRollup;

class MinuteRollupTest {

    private static final Instant MINUTE = Instant.parse("2026-03-01T10:15:00Z");

    @Test
    void rollsSamplesOfOneMinuteUpIntoCountMinMaxSumAndLast() {
        MinuteRollup rollup = new MinuteRollup();

        assertThat(rollup.record(MINUTE.plusSeconds(5), Map.of("wip", 4.0))).isEmpty();
        assertThat(rollup.record(MINUTE.plusSeconds(10), Map.of("wip", 1.0))).isEmpty();
        assertThat(rollup.record(MINUTE.plusSeconds(55), Map.of("wip", 7.0))).isEmpty();

        assertThat(rollup.current()).containsExactly(new MetricRollup("wip", MINUTE, 3, 1.0, 7.0, 12.0, 7.0));
        assertThat(rollup.current().get(0).average()).isEqualTo(4.0);
    }

    @Test
    void aSampleInTheNextMinuteClosesTheMinuteAndStartsAfresh() {
        MinuteRollup rollup = new MinuteRollup();
        rollup.record(MINUTE.plusSeconds(20), Map.of("a", 2.0, "b", 10.0));
        rollup.record(MINUTE.plusSeconds(40), Map.of("a", 4.0));

        List<MetricRollup> closed = rollup.record(MINUTE.plusSeconds(65), Map.of("a", 100.0));

        assertThat(closed)
                .containsExactlyInAnyOrder(
                        new MetricRollup("a", MINUTE, 2, 2.0, 4.0, 6.0, 4.0),
                        new MetricRollup("b", MINUTE, 1, 10.0, 10.0, 10.0, 10.0));
        assertThat(rollup.minute()).isEqualTo(MINUTE.plusSeconds(60));
        assertThat(rollup.current())
                .containsExactly(new MetricRollup("a", MINUTE.plusSeconds(60), 1, 100.0, 100.0, 100.0, 100.0));
    }

    @Test
    void skipsValuesThatAreNotFiniteNumbers() {
        MinuteRollup rollup = new MinuteRollup();
        Map<String, Double> values = new HashMap<>();
        values.put("nan", Double.NaN);
        values.put("inf", Double.NEGATIVE_INFINITY);
        values.put("missing", null);
        values.put("ok", -1.5);

        rollup.record(MINUTE, values);

        assertThat(rollup.current()).containsExactly(new MetricRollup("ok", MINUTE, 1, -1.5, -1.5, -1.5, -1.5));
    }

    @Test
    void aSampleFromAnEarlierMinuteCountsInTheCurrentOne() {
        MinuteRollup rollup = new MinuteRollup();
        rollup.record(MINUTE.plusSeconds(5), Map.of("a", 1.0));

        assertThat(rollup.record(MINUTE.minusSeconds(30), Map.of("a", 3.0))).isEmpty();
        assertThat(rollup.current()).containsExactly(new MetricRollup("a", MINUTE, 2, 1.0, 3.0, 4.0, 3.0));
    }

    @Test
    void nothingIsClosedBeforeTheFirstSample() {
        MinuteRollup rollup = new MinuteRollup();
        assertThat(rollup.record(MINUTE, Map.of("a", 1.0))).isEmpty();
        assertThat(rollup.record(MINUTE.plusSeconds(600), Map.of())).hasSize(1);
        assertThat(rollup.current()).isEmpty();
    }
}
