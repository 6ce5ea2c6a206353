package tcps.notifications.control;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as Alertmanager's configuration writes them: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 4h}, {@code 1d}, {@code 0}. */
final class DurationText {

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+)\\s*(ms|s|m|h|d)?\\s*");

    private DurationText() {}

    static Duration parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a duration: " + text + " (write 500ms, 30s, 5m, 4h or 1d)");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            case "d" -> Duration.ofDays(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
