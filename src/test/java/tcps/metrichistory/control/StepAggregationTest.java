package tcps.metrichistory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.metrichistory.entity.MetricRollup;

class StepAggregationTest {

    private static final Instant FROM = Instant.parse("2026-03-01T10:00:00Z");

    private static MetricRollup minute(int offset, long samples, double min, double max, double sum, double last) {
        return new MetricRollup("m", FROM.plusSeconds(60L * offset), samples, min, max, sum, last);
    }

    @Test
    void oneMinuteStepsAreTheRollupsThemselves() {
        List<HistoryPoint> points = StepAggregation.points(
                List.of(minute(0, 2, 1, 3, 4, 3), minute(1, 1, 5, 5, 5, 5)), FROM, Duration.ofMinutes(1));

        assertThat(points)
                .containsExactly(
                        new HistoryPoint(FROM, 2, 1, 3, 2, 3), new HistoryPoint(FROM.plusSeconds(60), 1, 5, 5, 5, 5));
    }

    @Test
    void coarserStepsAverageOverEverySampleAndKeepTheLastMinutesLastValue() {
        // Minute 0: 12 samples averaging 1; minute 3: 1 sample of 14; minute 4: 3 samples, max 30.
        List<MetricRollup> minutes = List.of(
                minute(0, 12, 0, 2, 12, 2),
                minute(3, 1, 14, 14, 14, 14),
                minute(4, 3, -1, 30, 33, 10),
                minute(5, 4, 8, 8, 32, 8));

        List<HistoryPoint> points = StepAggregation.points(minutes, FROM, Duration.ofMinutes(5));

        // (12 + 14 + 33) / 16 samples, not the mean of the minutes' means
        assertThat(points)
                .containsExactly(
                        new HistoryPoint(FROM, 16, -1, 30, 59.0 / 16, 10),
                        new HistoryPoint(FROM.plusSeconds(300), 4, 8, 8, 8, 8));
    }

    @Test
    void stepsWithoutSamplesAreLeftOut() {
        List<HistoryPoint> points = StepAggregation.points(
                List.of(minute(0, 1, 1, 1, 1, 1), minute(125, 1, 2, 2, 2, 2)), FROM, Duration.ofHours(1));

        assertThat(points).extracting(HistoryPoint::at).containsExactly(FROM, FROM.plusSeconds(7200));
    }

    @Test
    void noMinutesNoPoints() {
        assertThat(StepAggregation.points(List.of(), FROM, Duration.ofMinutes(1)))
                .isEmpty();
    }
}
