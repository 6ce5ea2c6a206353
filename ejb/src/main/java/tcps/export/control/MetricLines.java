package tcps.export.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metric categories as flat lines for tables: nested members are named by path ({@code wipByBucket.security}),
 * array items by index; null figures (nothing to divide by yet) read as empty text.
 */
public final class MetricLines {

    public record Line(String category, String metric, String value) {}

    private MetricLines() {}

    public static List<Line> of(Map<String, JsonObject> categories) {
        List<Line> lines = new ArrayList<>();
        categories.forEach((category, figures) -> flatten(category, "", figures, lines));
        return lines;
    }

    private static void flatten(String category, String path, JsonValue value, List<Line> lines) {
        switch (value.getValueType()) {
            case OBJECT -> ((JsonObject) value)
                    .forEach((name, member) -> flatten(category, join(path, name), member, lines));
            case ARRAY -> {
                JsonArray items = (JsonArray) value;
                for (int i = 0; i < items.size(); i++) {
                    flatten(category, join(path, Integer.toString(i)), items.get(i), lines);
                }
            }
            case STRING -> lines.add(new Line(category, path, ((JsonString) value).getString()));
            case NULL -> lines.add(new Line(category, path, ""));
            default -> lines.add(new Line(category, path, value.toString()));
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
