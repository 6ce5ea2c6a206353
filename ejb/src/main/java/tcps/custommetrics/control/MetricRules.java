package tcps.custommetrics.control;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tcps.problems.control.InvalidCommand;

/**
 * What a custom metric may be called and record. Names and tag keys follow Prometheus' rules without the colon (kept
 * for recording rules); suffixes and labels the exposition adds itself are refused, so a custom series can never be
 * mistaken for part of another. The prefix {@code tcps_} belongs to the built-in metrics, which share one scrape with
 * the custom ones: a custom name there could repeat a built-in family. Tag values may hold any printable text except quotes and backslashes. Values are finite numbers, fractions
 * included: Prometheus samples are floats, so a gauge, a histogram's or a summary's observation (a defect rate of
 * 0.02) and a counter's increment (seconds spent, 1.5) may all be fractional; only a counter's increment must not be
 * negative.
 */
public final class MetricRules {

    public static final int MAX_NAME_LENGTH = 128;
    public static final int MAX_TAGS = 10;
    public static final int MAX_TAG_KEY_LENGTH = 64;
    public static final int MAX_TAG_VALUE_LENGTH = 128;

    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern TAG_VALUE = Pattern.compile("[^\"\\\\\\p{Cntrl}]+");
    private static final List<String> RESERVED_SUFFIXES =
            List.of("_total", "_count", "_sum", "_max", "_mean", "_bucket", "_created", "_info");
    /** The built-in metrics' namespace. */
    static final String BUILT_IN_PREFIX = "tcps_";

    private static final Set<String> RESERVED_TAG_KEYS = Set.of("mp_scope", "le", "quantile");

    private MetricRules() {}

    public static void check(MetricType type, String name, Double value, Map<String, String> tags) {
        checkName(name);
        checkValue(type, value);
        checkTags(tags);
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new InvalidCommand("A metric needs a name.");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidCommand("Metric name is longer than " + MAX_NAME_LENGTH + " characters.");
        }
        if (!IDENTIFIER.matcher(name).matches() || name.startsWith("__")) {
            throw new InvalidCommand("Metric name '" + name
                    + "' must start with a letter or '_', continue with letters, digits or '_', and not start with"
                    + " '__'.");
        }
        if (name.startsWith(BUILT_IN_PREFIX)) {
            throw new InvalidCommand("Metric name '" + name + "' starts with '" + BUILT_IN_PREFIX
                    + "', which the built-in metrics use; choose a name of your own namespace.");
        }
        for (String suffix : RESERVED_SUFFIXES) {
            if (name.endsWith(suffix)) {
                throw new InvalidCommand(
                        "Metric name '" + name + "' ends with '" + suffix + "', which the exposition adds itself.");
            }
        }
    }

    static void checkValue(MetricType type, Double value) {
        if (value == null || !Double.isFinite(value)) {
            throw new InvalidCommand("A " + type.label() + " needs a finite numeric value, got " + value + ".");
        }
        if (type == MetricType.COUNTER && value < 0) {
            throw new InvalidCommand("A counter only goes up: the increment must not be negative, got " + value + ".");
        }
    }

    static void checkTags(Map<String, String> tags) {
        if (tags == null) {
            return;
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidCommand("A metric takes at most " + MAX_TAGS + " tags, got " + tags.size() + ".");
        }
        tags.forEach(MetricRules::checkTag);
    }

    private static void checkTag(String key, String value) {
        if (key == null
                || key.length() > MAX_TAG_KEY_LENGTH
                || !IDENTIFIER.matcher(key).matches()
                || key.startsWith("__")) {
            throw new InvalidCommand("Tag key '" + key + "' must be an identifier of letters, digits and '_' (at most "
                    + MAX_TAG_KEY_LENGTH + " characters, not starting with a digit or '__').");
        }
        if (RESERVED_TAG_KEYS.contains(key)) {
            throw new InvalidCommand("Tag key '" + key + "' is reserved by the exposition.");
        }
        if (value == null
                || value.length() > MAX_TAG_VALUE_LENGTH
                || !TAG_VALUE.matcher(value).matches()) {
            throw new InvalidCommand("Tag '" + key + "' needs a value of 1 to " + MAX_TAG_VALUE_LENGTH
                    + " printable characters without quotes or backslashes.");
        }
    }
}
