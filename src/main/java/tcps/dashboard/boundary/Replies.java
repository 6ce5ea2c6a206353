package tcps.dashboard.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import tcps.dashboard.control.LiveEvent;
import tcps.problems.boundary.Problem;

/**
 * Writes the endpoint's messages. Payloads that are already JSON (a live event, the metrics snapshot) are embedded as
 * they are rather than parsed again, so an event is written once for all its subscribers.
 */
final class Replies {

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

    private Replies() {}

    /** {@code {"type": type, "request_id": id?, "<key>": <json>, ...}}; {@code members} alternate key, raw JSON. */
    static String reply(String type, JsonValue requestId, String... members) {
        StringBuilder json = new StringBuilder(64).append("{\"type\":").append(quote(type));
        if (requestId != null) {
            json.append(",\"request_id\":").append(requestId);
        }
        for (int i = 0; i + 1 < members.length; i += 2) {
            json.append(',').append(quote(members[i])).append(':').append(members[i + 1]);
        }
        return json.append('}').toString();
    }

    /** A live-feed event as subscribers receive it. */
    static String event(LiveEvent event) {
        return "{\"type\":" + quote(event.type()) + ",\"id\":" + event.id() + ",\"channel\":" + quote(event.channel())
                + ",\"data\":" + event.json() + "}";
    }

    /** {@code {"type":"error","request_id":..., "error": <problem>}}, field names as the client wrote them. */
    static String error(Problem problem, JsonValue requestId) {
        return reply("error", requestId, "error", problemJson(snakeCaseFields(problem)));
    }

    /** The problem document as the REST API writes it: members in RFC 9457 order, absent ones left out. */
    static String problemJson(Problem problem) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status());
        addIfPresent(json, "detail", problem.detail());
        addIfPresent(json, "instance", problem.instance());
        if (problem.errors() != null) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            problem.errors()
                    .forEach(v -> errors.add(
                            Json.createObjectBuilder().add("field", v.field()).add("message", v.message())));
            json.add("errors", errors);
        }
        return json.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    /** Bean Validation names fields as the Java types do (skuId); a WebSocket client sent them as sku_id. */
    static Problem snakeCaseFields(Problem problem) {
        if (problem.errors() == null) {
            return problem;
        }
        List<Problem.Violation> errors = problem.errors().stream()
                .map(v -> new Problem.Violation(snakeCase(v.field()), v.message()))
                .toList();
        return new Problem(
                problem.type(), problem.title(), problem.status(), problem.detail(), problem.instance(), errors);
    }

    /** {@code details[buildId]} keeps the client's own key: only the property names before it are Java's. */
    static String snakeCase(String field) {
        int key = field.indexOf('[');
        String property = key < 0 ? field : field.substring(0, key);
        return CAMEL_HUMP
                        .matcher(property)
                        .replaceAll(hump -> hump.group(1) + "_" + hump.group(2).toLowerCase(Locale.ROOT))
                + (key < 0 ? "" : field.substring(key));
    }

    static String quote(String text) {
        return Json.createValue(text).toString();
    }
}
