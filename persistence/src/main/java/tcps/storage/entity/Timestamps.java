package tcps.storage.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The line's clock. PostgreSQL and H2 keep microseconds; taking the time at that precision means what a command
 * answers before its commit is exactly what every later read returns.
 */
public final class Timestamps {

    private Timestamps() {}

    /** The first and last instants both databases keep: years 1 to 9999. */
    public static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");

    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999Z");

    /** Whether the instant can be stored and compared in queries (Java's own range reaches a billion years). */
    public static boolean isStorable(Instant instant) {
        return !instant.isBefore(EARLIEST) && !instant.isAfter(LATEST);
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
