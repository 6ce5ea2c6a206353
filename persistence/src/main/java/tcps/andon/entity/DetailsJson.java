package tcps.andon.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The details of an Andon (a small map of strings) as one JSON text column: they are always read with the event and
 * never queried, so a collection table would only cost a join. Keys are kept sorted for a stable representation.
 */
final class DetailsJson {

    private DetailsJson() {}

    static String write(Map<String, String> details) {
        if (details == null || details.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        new TreeMap<>(details).forEach(json::add);
        return json.build().toString();
    }

    static SortedMap<String, String> read(String text) {
        if (text == null || text.isBlank()) {
            return Collections.emptySortedMap();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            SortedMap<String, String> details = new TreeMap<>();
            json.forEach((key, value) -> details.put(key, asText(value)));
            return Collections.unmodifiableSortedMap(details);
        }
    }

    private static String asText(JsonValue value) {
        return value instanceof JsonString text ? text.getString() : value.toString();
    }
}
