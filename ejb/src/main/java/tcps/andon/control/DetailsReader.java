package tcps.andon.control;

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
import tcps.problems.control.TextFaults;

/**
 * An Andon's {@code details}, a JSON object of strings, read the same way from REST bodies, ingested events and
 * WebSocket commands. Read by hand because JSON-B would also take an array, as a list of map entries, and a number as
 * its text.
 */
public class DetailsReader implements JsonbDeserializer<Map<String, String>> {

    @Override
    public Map<String, String> deserialize(JsonParser parser, DeserializationContext context, Type type) {
        return read(parser.getValue());
    }

    /** Null when absent or null; {@link MisshapenJson} naming the field at fault when not an object of strings. */
    public static Map<String, String> read(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject object)) {
            throw new MisshapenJson("details", "must be a JSON object of strings, such as {\"log\": \"...\"}");
        }
        Map<String, String> details = new LinkedHashMap<>();
        object.forEach((key, field) -> {
            if (!(field instanceof JsonString text)) {
                throw new MisshapenJson("details." + key, "must be a string");
            }
            String fault = TextFaults.reasonOf(key + text.getString());
            if (fault != null) {
                throw new MisshapenJson("details." + key, fault);
            }
            details.put(key, text.getString());
        });
        return details;
    }
}
