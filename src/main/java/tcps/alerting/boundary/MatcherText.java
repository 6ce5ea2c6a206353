package tcps.alerting.boundary;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tcps.alerting.entity.LabelMatcher;
import tcps.problems.control.InvalidCommand;

/** Reads a matcher as Alertmanager's clients write it in a filter: {@code alertname="WIP Limit Exceeded"}, {@code a=~b}. */
final class MatcherText {

    private static final Pattern MATCHER = Pattern.compile(
            "\\s*\\{?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*(\"(?:[^\"\\\\]|\\\\.)*\"|[^\"]*?)\\s*}?\\s*");

    private MatcherText() {}

    static LabelMatcher parse(String text) {
        Matcher m = MATCHER.matcher(text);
        if (!m.matches()) {
            throw new InvalidCommand("Not a label matcher: " + text + " (write name=\"value\")", "filter");
        }
        String value = m.group(3);
        if (value.startsWith("\"")) {
            value = value.substring(1, value.length() - 1).replace("\\\"", "\"").replace("\\\\", "\\");
        }
        return new LabelMatcher(m.group(1), m.group(2), value);
    }
}
