package tcps.storage.entity;

import java.time.Duration;
import java.time.Instant;

/** The period figures are computed over: [from, to]. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        if (from == null || to == null || !from.isBefore(to)) {
            throw new InvalidTimeWindow("The window needs 'from' before 'to', got " + from + " .. " + to);
        }
    }

    /** Fills what the caller left out: {@code to} defaults to now, {@code from} to {@code defaultLength} before it. */
    public static TimeWindow resolve(Instant from, Instant to, Duration defaultLength, Instant now) {
        Instant end = to != null ? to : now;
        Instant start = from != null ? from : end.minus(defaultLength);
        return new TimeWindow(start, end);
    }

    public Duration length() {
        return Duration.between(from, to);
    }
}
