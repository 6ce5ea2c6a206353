package tcps.alerting.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills an annotation's placeholders: {@code {{ $value }}} (the value the condition held at), {@code {{ $threshold }}},
 * {@code {{ $labels.name }}}. Anything else is left as written. Numbers show at most three decimals.
 */
public final class Templates {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*\\$(value|threshold|labels\\.([A-Za-z_][A-Za-z0-9_]*))\\s*}}");

    private Templates() {}

    public static Map<String, String> render(
            Map<String, String> annotations, Double value, Double threshold, Map<String, String> labels) {
        Map<String, String> rendered = new LinkedHashMap<>();
        annotations.forEach((name, text) -> rendered.put(name, render(text, value, threshold, labels)));
        return rendered;
    }

    static String render(String text, Double value, Double threshold, Map<String, String> labels) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if ("value".equals(matcher.group(1))) {
                replacement = number(value);
            } else if ("threshold".equals(matcher.group(1))) {
                replacement = number(threshold);
            } else {
                replacement = labels.getOrDefault(matcher.group(2), "");
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    static String number(Double value) {
        if (value == null) {
            return "n/a";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf(value.longValue());
        }
        return String.format(java.util.Locale.ROOT, "%.3f", value).replaceAll("0+$", "");
    }
}
