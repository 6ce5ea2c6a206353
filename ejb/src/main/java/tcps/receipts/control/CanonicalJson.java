package tcps.receipts.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON for receipts: members sorted by name, no white space, values strings or integers only. For such
 * documents this is the RFC 8785 form, so anyone can recompute a receipt's hash with standard tools.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String of(Map<String, ?> members) {
        JsonObjectBuilder builder = Json.createObjectBuilder();
        new TreeMap<>(members).forEach((name, value) -> {
            if (value == null) {
                builder.addNull(name);
            } else if (value instanceof Long || value instanceof Integer) {
                builder.add(name, ((Number) value).longValue());
            } else if (value instanceof String text) {
                builder.add(name, text);
            } else {
                throw new IllegalArgumentException(name + " must be a string or an integer, not " + value.getClass());
            }
        });
        return builder.build().toString();
    }

    public static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
