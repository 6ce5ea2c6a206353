package tcps.problems.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;
import java.util.Optional;

/**
 * Text the product cannot keep: the NUL character (PostgreSQL refuses it in any text column) and unpaired surrogates
 * (not Unicode: no answer, log or WebSocket reply could carry them). Refused where text enters, naming the field.
 */
public final class TextFaults {

    public record Fault(String field, String reason) {}

    private TextFaults() {}

    /** Why {@code text} cannot be kept, or null when it can. */
    public static String reasonOf(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "must not contain the NUL character (U+0000)";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain an unpaired surrogate (\\u" + Integer.toHexString(c) + " is not Unicode text)";
            }
        }
        return null;
    }

    /** The first string (name or value) anywhere in {@code value} that cannot be kept, with its path. */
    public static Optional<Fault> in(JsonValue value) {
        return in(value, null);
    }

    private static Optional<Fault> in(JsonValue value, String path) {
        if (value instanceof JsonString text) {
            return fault(path == null ? "body" : path, text.getString());
        }
        if (value instanceof JsonObject object) {
            for (Map.Entry<String, JsonValue> member : object.entrySet()) {
                String field = path == null ? member.getKey() : path + "." + member.getKey();
                Optional<Fault> fault = fault(field, member.getKey()).or(() -> in(member.getValue(), field));
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                Optional<Fault> fault = in(array.get(i), (path == null ? "body" : path) + "[" + i + "]");
                if (fault.isPresent()) {
                    return fault;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Fault> fault(String field, String text) {
        String reason = reasonOf(text);
        return reason == null ? Optional.empty() : Optional.of(new Fault(field, reason));
    }
}
