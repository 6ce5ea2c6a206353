package tcps.tpm.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.storage.entity.InvalidTimeWindow;
import tcps.storage.entity.TimeWindow;
import tcps.tpm.entity.FailureSpan;
import tcps.tpm.entity.MaintenanceTally;

class TpmFiguresTest {

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofHours(100));
    private static final TimeWindow WINDOW = new TimeWindow(FROM, TO);
    private static final Instant LONG_AFTER = TO.plus(Duration.ofDays(10));

    private static Instant hour(double h) {
        return FROM.plusSeconds((long) (h * 3600));
    }

    private static TpmStatus compute(MaintenanceTally tally, List<FailureSpan> spans, Instant now) {
        return TpmFigures.compute("press", WINDOW, now, tally, spans, null);
    }

    @Test
    void noRecordsMeanFullComplianceFullUptimeAndNoMeans() {
        TpmStatus status = compute(new MaintenanceTally(0, 0), List.of(), LONG_AFTER);

        assertThat(status.maintenanceCompliance()).isEqualTo(1.0);
        assertThat(status.uptime()).isEqualTo(1.0);
        assertThat(status.failures()).isZero();
        assertThat(status.mtbfSeconds()).isNull();
        assertThat(status.mttrSeconds()).isNull();
    }

    @Test
    void complianceIsOnTimeTasksOverDueTasks() {
        // The store counts a task completed late as due but not on time.
        TpmStatus status = compute(new MaintenanceTally(4, 3), List.of(), LONG_AFTER);

        assertThat(status.maintenanceCompliance()).isEqualTo(0.75);
        assertThat(status.tasksDue()).isEqualTo(4);
        assertThat(status.tasksCompletedOnTime()).isEqualTo(3);
    }

    @Test
    void recoveredFailuresGiveUptimeMtbfAndMttr() {
        List<FailureSpan> spans = List.of(
                new FailureSpan(hour(10), hour(12)), // 2 h
                new FailureSpan(hour(50), hour(54))); // 4 h

        TpmStatus status = compute(new MaintenanceTally(0, 0), spans, LONG_AFTER);

        assertThat(status.downtimeSeconds()).isEqualTo(6 * 3600.0);
        assertThat(status.uptime()).isCloseTo(1 - 6.0 / 100, within(1e-12));
        assertThat(status.failures()).isEqualTo(2);
        assertThat(status.mtbfSeconds()).isEqualTo(94 * 3600.0 / 2);
        assertThat(status.mttrSeconds()).isEqualTo(3 * 3600.0);
        assertThat(status.unrecoveredFailures()).isZero();
    }

    @Test
    void unrecoveredFailureCountsUntilNowAndStaysOutOfMttr() {
        List<FailureSpan> spans = List.of(new FailureSpan(hour(10), hour(11)), new FailureSpan(hour(90), null));
        Instant now = hour(95);

        TpmStatus status = compute(new MaintenanceTally(0, 0), spans, now);

        assertThat(status.downtimeSeconds()).isEqualTo(6 * 3600.0);
        assertThat(status.failures()).isEqualTo(2);
        assertThat(status.unrecoveredFailures()).isEqualTo(1);
        assertThat(status.mttrSeconds()).isEqualTo(3600.0);
    }

    @Test
    void unrecoveredFailureIsClippedAtTheWindowEnd() {
        TpmStatus status = compute(new MaintenanceTally(0, 0), List.of(new FailureSpan(hour(80), null)), LONG_AFTER);

        assertThat(status.downtimeSeconds()).isEqualTo(20 * 3600.0);
        assertThat(status.uptime()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void failureStartedBeforeTheWindowAddsDowntimeButIsNotCounted() {
        FailureSpan before = new FailureSpan(FROM.minus(Duration.ofHours(5)), hour(2));

        TpmStatus status = compute(new MaintenanceTally(0, 0), List.of(before), LONG_AFTER);

        assertThat(status.downtimeSeconds()).isEqualTo(2 * 3600.0);
        assertThat(status.failures()).isZero();
        assertThat(status.mtbfSeconds()).isNull();
    }

    @Test
    void overlappingFailuresStopTheLineOnce() {
        List<FailureSpan> spans = List.of(
                new FailureSpan(hour(10), hour(20)),
                new FailureSpan(hour(15), hour(25)),
                new FailureSpan(hour(12), hour(14)));

        assertThat(TpmFigures.downtime(WINDOW, LONG_AFTER, spans)).isEqualTo(Duration.ofHours(15));
    }

    @Test
    void windowDefaultsToTheConfiguredLengthBeforeNow() {
        TimeWindow window = TimeWindow.resolve(null, null, Duration.ofDays(30), TO);

        assertThat(window.to()).isEqualTo(TO);
        assertThat(window.from()).isEqualTo(TO.minus(Duration.ofDays(30)));
    }

    @Test
    void windowEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() -> TimeWindow.resolve(TO, FROM, Duration.ofDays(1), TO))
                .isInstanceOf(InvalidTimeWindow.class);
    }
}
