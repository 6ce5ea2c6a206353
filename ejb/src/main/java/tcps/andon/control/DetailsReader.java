package tcps.andon.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;
import tcps.problems.control.MisshapenJson;

/**
 * An Andon's {@code details}: a JSON object whose values are text (a number or boolean is kept as its JSON text). Read
 * by hand because JSON-B would also take an array, as a list of map entries, and report a blank key for it.
 */
public class DetailsReader implements JsonbDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw new MisshapenJson("details must be a JSON object of text fields, such as {\"log\": \"...\"}.");
        }
        Map<String, String> details = new LinkedHashMap<>();
        object.forEach((key, field) -> details.put(key, text(key, field)));
        return details;
    }

    private static String text(String key, JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        throw new MisshapenJson("details." + key + " must be text, a number or a boolean.");
    }
}
