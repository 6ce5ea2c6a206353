package tcps.alerting.entity;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

/** Label matchers as a JSON array of {@code {"name", "type", "value"}}. */
@Converter
public class MatchersConverter implements AttributeConverter<List<LabelMatcher>, String> {

    @Override
    public String convertToDatabaseColumn(List<LabelMatcher> matchers) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        if (matchers != null) {
            matchers.forEach(m -> array.add(Json.createObjectBuilder()
                    .add("name", m.name())
                    .add("type", m.type())
                    .add("value", m.value())));
        }
        return array.build().toString();
    }

    @Override
    public List<LabelMatcher> convertToEntityAttribute(String stored) {
        List<LabelMatcher> matchers = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return matchers;
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            JsonArray array = reader.readArray();
            for (JsonObject m : array.getValuesAs(JsonObject.class)) {
                matchers.add(new LabelMatcher(m.getString("name"), m.getString("type"), m.getString("value")));
            }
        }
        return matchers;
    }
}
