package tcps.storage.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The line's clock. PostgreSQL and H2 keep microseconds; taking the time at that precision means what a command
 * answers before its commit is exactly what every later read returns.
 */
public final class Timestamps {

    private Timestamps() {}

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
