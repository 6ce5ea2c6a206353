package tcps.andon.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AndonEventTest {

    private static final Instant TRIGGERED = Instant.parse("2026-01-31T10:00:00.123456789Z");

    private static AndonEvent open() {
        return new AndonEvent("test_failure", Severity.CRITICAL, "SKU-1", 7L, "test", Map.of("k", "v"), TRIGGERED);
    }

    @Test
    void triggerTimeIsKeptToTheMillisecond() {
        assertThat(open().getTriggeredAt()).isEqualTo(Instant.parse("2026-01-31T10:00:00.123Z"));
        assertThat(open().getStatus()).isEqualTo(AndonStatus.OPEN);
    }

    @Test
    void openDurationRunsUntilNowWhileOpen() {
        AndonEvent event = open();

        assertThat(event.openDuration(Instant.parse("2026-01-31T11:30:00.123Z")))
                .isEqualTo(Duration.ofMinutes(90));
        assertThat(event.resolutionTime()).isEmpty();
    }

    @Test
    void openDurationIsNeverNegative() {
        assertThat(open().openDuration(TRIGGERED.minusSeconds(5))).isEqualTo(Duration.ZERO);
    }

    @Test
    void resolutionTimeIsExactlyResolvedMinusTriggered() {
        AndonEvent event = open();
        Instant resolvedAt = Instant.parse("2026-01-31T12:15:30.987654Z");

        event.resolve(resolvedAt, "flaky clock", "pinned clock", "clock test added", "ana");

        assertThat(event.getStatus()).isEqualTo(AndonStatus.RESOLVED);
        assertThat(event.getResolvedAt()).isEqualTo(Instant.parse("2026-01-31T12:15:30.987Z"));
        Duration expected = Duration.between(event.getTriggeredAt(), event.getResolvedAt());
        assertThat(expected)
                .isEqualTo(Duration.ofHours(2).plusMinutes(15).plusSeconds(30).plusMillis(864));
        assertThat(event.resolutionTime()).contains(expected);
        // Once resolved the duration no longer grows with the clock.
        assertThat(event.openDuration(resolvedAt.plusSeconds(3600))).isEqualTo(expected);
    }

    @Test
    void aResolutionBeforeTheTriggerCountsAsZero() {
        AndonEvent event = open();

        event.resolve(TRIGGERED.minusSeconds(1), "r", "f", "p", "ana");

        assertThat(event.getResolvedAt()).isEqualTo(event.getTriggeredAt());
        assertThat(event.resolutionTime()).contains(Duration.ZERO);
    }

    @Test
    void escalationRaisesTheLevelAndRecordsWhen() {
        AndonEvent event = open();
        Instant at = TRIGGERED.plusSeconds(60);

        event.escalate(at);
        event.escalate(at.plusSeconds(60));

        assertThat(event.getEscalationLevel()).isEqualTo(2);
        assertThat(event.getEscalatedAt()).isEqualTo(at.plusSeconds(60).truncatedTo(ChronoUnit.MILLIS));
    }

    @Test
    void detailsSurviveTheirJsonColumn() {
        Map<String, String> details = Map.of("violation", "Missing \"required\" field", "line", "42", "ünï", "çødé");

        String json = DetailsJson.write(details);

        assertThat(DetailsJson.read(json)).isEqualTo(details);
        assertThat(DetailsJson.write(Map.of())).isNull();
        assertThat(DetailsJson.read(null)).isEmpty();
    }
}
