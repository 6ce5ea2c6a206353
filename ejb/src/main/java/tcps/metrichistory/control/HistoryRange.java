package tcps.metrichistory.control;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import tcps.problems.control.InvalidCommand;

/**
 * What a history query asks for: one metric over [from, to) in steps of whole minutes. {@code from} is taken back to
 * its minute; steps start there. The default is the last hour in one-minute steps.
 */
public record HistoryRange(String metric, Instant from, Instant to, Duration step) {

    public static final Duration DEFAULT_LENGTH = Duration.ofHours(1);
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(1);
    static final int MAX_METRIC_LENGTH = 1000;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    public static HistoryRange of(String metric, Instant from, Instant to, String step, Instant now, int maxPoints) {
        if (metric == null || metric.isBlank()) {
            throw new InvalidCommand("Query parameter 'metric' is required: the metric's name, labels included.");
        }
        if (metric.length() > MAX_METRIC_LENGTH) {
            throw new InvalidCommand("Query parameter 'metric' is longer than " + MAX_METRIC_LENGTH + " characters.");
        }
        checkYear("from", from);
        checkYear("to", to);
        Instant end = to != null ? to : now;
        Instant start = (from != null ? from : end.minus(DEFAULT_LENGTH)).truncatedTo(ChronoUnit.MINUTES);
        if (!start.isBefore(end)) {
            throw new InvalidCommand("Query parameter 'from' must lie before 'to' (from is taken back to its minute).");
        }
        Duration length = parseStep(step);
        long seconds = Duration.between(start, end).toSeconds();
        long points = (seconds + length.toSeconds() - 1) / length.toSeconds();
        if (points > maxPoints) {
            throw new InvalidCommand("This range holds " + points + " steps of " + length + "; at most " + maxPoints
                    + " are answered: widen 'step' or narrow 'from'..'to'.");
        }
        return new HistoryRange(metric, start, end, length);
    }

    private static void checkYear(String name, Instant instant) {
        if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
            throw new InvalidCommand("Query parameter '" + name + "' must lie in the years 1 to 9999.");
        }
    }

    static Duration parseStep(String step) {
        if (step == null || step.isBlank()) {
            return DEFAULT_STEP;
        }
        Duration length;
        try {
            length = Duration.parse(step.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidCommand(
                    "Query parameter 'step' must be an ISO-8601 duration such as PT1M, PT5M or PT1H, not '" + step
                            + "'.");
        }
        if (length.isNegative() || length.isZero() || length.toSeconds() % 60 != 0 || length.toNanosPart() != 0) {
            throw new InvalidCommand(
                    "Query parameter 'step' must be a positive whole number of minutes, not " + step + ".");
        }
        return length;
    }
}
