package tcps.alerting.entity;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * One label matcher, as Alertmanager writes them: {@code name="value"}, {@code name!="value"}, {@code name=~"regex"}
 * or {@code name!~"regex"}. A regular expression matches the whole value; a missing label reads as empty.
 */
public record LabelMatcher(String name, String type, String value) {

    public static final String EQUAL = "=";
    public static final String NOT_EQUAL = "!=";
    public static final String REGEX = "=~";
    public static final String NOT_REGEX = "!~";

    public boolean isRegex() {
        return REGEX.equals(type) || NOT_REGEX.equals(type);
    }

    public boolean isNegative() {
        return NOT_EQUAL.equals(type) || NOT_REGEX.equals(type);
    }

    public boolean matches(Map<String, String> labels) {
        String actual = labels.getOrDefault(name, "");
        boolean same = isRegex() ? Pattern.compile(value).matcher(actual).matches() : value.equals(actual);
        return same != isNegative();
    }

    public static boolean all(Iterable<LabelMatcher> matchers, Map<String, String> labels) {
        for (LabelMatcher matcher : matchers) {
            if (!matcher.matches(labels)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name + type + "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
