package tcps.metrichistory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tcps.problems.control.InvalidCommand;

class HistoryRangeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:30:27Z");

    @Test
    void defaultsToTheLastHourInMinutesFromAWholeMinute() {
        HistoryRange range = HistoryRange.of("m", null, null, null, NOW, 1440);

        assertThat(range.from()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
        assertThat(range.to()).isEqualTo(NOW);
        assertThat(range.step()).isEqualTo(Duration.ofMinutes(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1M", "PT5M", "PT1H", "P1D", "PT120S"})
    void acceptsWholeMinuteSteps(String step) {
        assertThat(HistoryRange.of("m", null, null, step, NOW, 1440).step()).isEqualTo(Duration.parse(step));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT30S", "PT90S", "PT61S", "PT0M", "-PT5M", "5m", "PT1M0.5S", "P", "P99999999999999999D"})
    void refusesOtherSteps(String step) {
        assertThatThrownBy(() -> HistoryRange.of("m", null, null, step, NOW, 1440))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("'step'");
    }

    @Test
    void needsAMetric() {
        assertThatThrownBy(() -> HistoryRange.of(" ", null, null, null, NOW, 1440))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("'metric'");
        assertThatThrownBy(() -> HistoryRange.of("m".repeat(1001), null, null, null, NOW, 1440))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void needsFromBeforeTo() {
        assertThatThrownBy(() -> HistoryRange.of("m", NOW, NOW.minusSeconds(60), null, NOW, 1440))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("'from'");
        assertThatThrownBy(() -> HistoryRange.of("m", Instant.parse("-0005-01-01T00:00:00Z"), null, null, NOW, 1440))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void boundsThePointsOfOneAnswer() {
        Instant from = Instant.parse("2026-03-01T00:00:00Z");
        // 24 hours in minutes is exactly 1440 points; one more minute is too many
        assertThat(HistoryRange.of("m", from, from.plus(Duration.ofHours(24)), "PT1M", NOW, 1440))
                .isNotNull();
        assertThatThrownBy(() -> HistoryRange.of("m", from, from.plus(Duration.ofMinutes(1441)), "PT1M", NOW, 1440))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("1441 steps");
        // A partial last step still counts
        assertThatThrownBy(() -> HistoryRange.of("m", from, from.plusSeconds(3 * 300 + 1), "PT5M", NOW, 3))
                .isInstanceOf(InvalidCommand.class);
        assertThat(HistoryRange.of("m", from, from.plus(Duration.ofDays(7)), "PT1H", NOW, 1440)
                        .step())
                .isEqualTo(Duration.ofHours(1));
    }
}
