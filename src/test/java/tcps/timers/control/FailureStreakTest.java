package tcps.timers.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FailureStreakTest {

    private final Logger log = Logger.getLogger(FailureStreakTest.class.getName());
    private final Recorded recorded = new Recorded();
    private final FailureStreak streak = new FailureStreak(log, "Backup");

    FailureStreakTest() {
        log.setUseParentHandlers(false);
        log.setLevel(Level.ALL);
        log.addHandler(recorded);
    }

    @AfterEach
    void detach() {
        log.removeHandler(recorded);
    }

    @Test
    void aFailureNeverEscapesAndIsAnswered() {
        assertThat(streak.run(() -> {
                    throw new IllegalStateException("disk full");
                }))
                .isFalse();
        assertThat(streak.run(() -> {
                    throw new AssertionError("not even an error escapes");
                }))
                .isFalse();
        assertThat(streak.run(() -> {})).isTrue();
    }

    @Test
    void aStreakOfFailuresWarnsOnceAndItsEndIsLogged() {
        for (int i = 0; i < 3; i++) {
            streak.run(() -> {
                throw new IllegalStateException("disk full");
            });
        }
        streak.run(() -> {});
        streak.run(() -> {});

        assertThat(recorded.lines())
                .containsExactly(
                        "WARNING Backup failed; further failures in a row are logged at FINE disk full",
                        "FINE Backup failed again (2 times in a row) disk full",
                        "FINE Backup failed again (3 times in a row) disk full",
                        "INFO Backup works again after 3 failure(s) in a row");
    }

    @Test
    void theNextStreakWarnsAgain() {
        streak.run(() -> {
            throw new IllegalStateException("first");
        });
        streak.run(() -> {});
        streak.run(() -> {
            throw new IllegalStateException("second");
        });

        assertThat(recorded.lines())
                .filteredOn(line -> line.startsWith("WARNING"))
                .hasSize(2);
    }

    private static final class Recorded extends Handler {
        private final List<LogRecord> records = new CopyOnWriteArrayList<>();

        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        List<String> lines() {
            return records.stream()
                    .map(r -> r.getLevel() + " " + r.getMessage()
                            + (r.getThrown() == null ? "" : " " + r.getThrown().getMessage()))
                    .toList();
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }
}
