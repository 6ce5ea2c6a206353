package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tcps.alerting.entity.LabelMatcher;

/**
 * One route of {@code tcps.notifications.routes}: the alerts its matchers match go to its channels; unless it says
 * {@code continue}, the first matching route ends the search, as in Alertmanager's routing tree. Written as JSON:
 * {@code [{"matchers":["severity=critical"],"channels":["pagerduty"],"continue":true}]}.
 */
public record Route(List<LabelMatcher> matchers, List<String> channels, boolean continues) {

    private static final Pattern MATCHER =
            Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(=~|!~|!=|=)\\s*\"?(.*?)\"?\\s*");

    public boolean matches(Map<String, String> labels) {
        return LabelMatcher.all(matchers, labels);
    }

    static List<Route> parse(String json) {
        List<Route> routes = new ArrayList<>();
        try (var reader = Json.createReader(new StringReader(json))) {
            for (JsonObject route : reader.readArray().getValuesAs(JsonObject.class)) {
                List<LabelMatcher> matchers = route.containsKey("matchers")
                        ? route.getJsonArray("matchers").getValuesAs(JsonString.class).stream()
                                .map(text -> matcher(text.getString()))
                                .toList()
                        : List.of();
                List<String> channels = route.getJsonArray("channels").getValuesAs(JsonString.class).stream()
                        .map(JsonString::getString)
                        .toList();
                routes.add(new Route(matchers, channels, route.getBoolean("continue", false)));
            }
        }
        return routes;
    }

    static LabelMatcher matcher(String text) {
        Matcher m = MATCHER.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a label matcher: " + text + " (write severity=critical)");
        }
        LabelMatcher matcher = new LabelMatcher(m.group(1), m.group(2), m.group(3));
        if (matcher.isRegex()) {
            Pattern.compile(matcher.value());
        }
        return matcher;
    }
}
