package tcps.alerting.entity;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Map;
import java.util.TreeMap;

/** Labels and annotations as a JSON object of strings, keys sorted, so equal label sets store equal text. */
@Converter
public class LabelsConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> labels) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        if (labels != null) {
            new TreeMap<>(labels).forEach(object::add);
        }
        return object.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String stored) {
        Map<String, String> labels = new TreeMap<>();
        if (stored == null || stored.isBlank()) {
            return labels;
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> labels.put(key, ((JsonString) value).getString()));
        }
        return labels;
    }
}
