package tcps.alerting.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Inhibition rules: while an alert matching {@code source} is firing, alerts matching {@code target} that share the
 * {@code equal} labels are not notified. By default a firing critical alert of a component mutes that component's
 * warnings. Configured as JSON in {@code tcps.alerting.inhibit-rules}.
 */
public record Inhibition(Map<String, String> source, Map<String, String> target, List<String> equal) {

    public static final String DEFAULT =
            "[{\"source\":{\"severity\":\"critical\"},\"target\":{\"severity\":\"warning\"},\"equal\":[\"component\"]}]";

    public static List<Inhibition> parse(String json) {
        List<Inhibition> rules = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonObject rule : reader.readArray().getValuesAs(JsonObject.class)) {
                rules.add(new Inhibition(
                        strings(rule.getJsonObject("source")),
                        strings(rule.getJsonObject("target")),
                        rule.containsKey("equal") ? names(rule.getJsonArray("equal")) : List.of()));
            }
        }
        return rules;
    }

    /** The first raised alert that inhibits {@code target}, or null. */
    public static Long inhibitor(AlertFacts target, List<AlertFacts> raised, List<Inhibition> rules) {
        for (Inhibition rule : rules) {
            if (!matches(rule.target, target.labels())) {
                continue;
            }
            for (AlertFacts source : raised) {
                if (source.id() != target.id()
                        && matches(rule.source, source.labels())
                        && equal(rule, source, target)) {
                    return source.id();
                }
            }
        }
        return null;
    }

    private static boolean equal(Inhibition rule, AlertFacts source, AlertFacts target) {
        for (String label : rule.equal) {
            if (!Objects.equals(source.labels().get(label), target.labels().get(label))) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Map<String, String> wanted, Map<String, String> labels) {
        for (Map.Entry<String, String> label : wanted.entrySet()) {
            if (!label.getValue().equals(labels.get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, String> strings(JsonObject object) {
        Map<String, String> map = new LinkedHashMap<>();
        if (object != null) {
            object.forEach((key, value) -> map.put(key, ((JsonString) value).getString()));
        }
        return map;
    }

    private static List<String> names(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
