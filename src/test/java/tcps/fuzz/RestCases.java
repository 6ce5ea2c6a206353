package tcps.fuzz;

import jakarta.ws.rs.QueryParam;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import tcps.RestEndpoints.Endpoint;

/**
 * Generates requests over every endpoint from a seed: a plausible request built from the endpoint's own signature
 * (path parameters, query parameters, the body type's fields), then one mutation of it.
 */
final class RestCases {

    private static final List<String> WHOLE_BODIES = List.of(
            "null", "[]", "42", "\"text\"", "", "{", "{}{}", "{} xyz", "{\"a\":1,\"a\":2}", "<xml/>", "{\"a\":}");

    private final Random random;
    private final String root;

    RestCases(long seed, String root) {
        this.random = new Random(seed);
        this.root = root;
    }

    RestCase next(int number, Endpoint endpoint) {
        Map<String, String> body = template(endpoint);
        String path = endpoint.path("1");
        String query = "";
        String method = endpoint.verb();
        String contentType = body == null ? null : "application/json";
        byte[] payload = body == null ? null : json(body);
        String mutation;
        int kind = random.nextInt(body == null ? 4 : 8);
        switch (kind) {
            case 0 -> {
                String value = HostileValues.raw(random);
                path = endpoint.path(value);
                mutation = "path parameters = " + abbreviate(value);
            }
            case 1 -> {
                List<String> names = queryNames(endpoint);
                String name =
                        names.isEmpty() || random.nextInt(4) == 0 ? "unknown" : names.get(random.nextInt(names.size()));
                String value = HostileValues.raw(random);
                query = "?" + name + "=" + value;
                mutation = "query " + name + " = " + abbreviate(value);
            }
            case 2 -> {
                method = List.of("PUT", "PATCH", "DELETE", "POST", "GET").get(random.nextInt(5));
                mutation = "method " + method;
            }
            case 3 -> {
                mutation = "as generated";
            }
            case 4, 5 -> {
                String field = List.copyOf(body.keySet()).isEmpty()
                        ? "extra"
                        : List.copyOf(body.keySet()).get(random.nextInt(body.size()));
                String value = HostileValues.json(random);
                body.put(field, value);
                payload = json(body);
                mutation = "field " + field + " = " + abbreviate(value);
            }
            case 6 -> {
                String value = HostileValues.json(random);
                body.put("unknown_" + random.nextInt(100), value);
                payload = json(body);
                mutation = "unknown field = " + abbreviate(value);
            }
            default -> {
                int which = random.nextInt(WHOLE_BODIES.size() + 3);
                if (which < WHOLE_BODIES.size()) {
                    payload = WHOLE_BODIES.get(which).getBytes(StandardCharsets.UTF_8);
                    mutation = "body " + WHOLE_BODIES.get(which);
                } else if (which == WHOLE_BODIES.size()) {
                    payload = new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
                    mutation = "body not UTF-8";
                } else {
                    contentType = which == WHOLE_BODIES.size() + 1 ? "text/plain" : "application/xml";
                    mutation = "content type " + contentType;
                }
            }
        }
        return new RestCase(number, endpoint.toString(), mutation, method, root + path + query, contentType, payload);
    }

    /** A plausible body for the endpoint, field by field, or null when it reads none. */
    private static Map<String, String> template(Endpoint endpoint) {
        if (!endpoint.takesBody()) {
            return null;
        }
        Class<?> type = Stream.of(endpoint.method().getParameters())
                .filter(p -> Stream.of(p.getAnnotations())
                        .noneMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.ws.rs")))
                .map(Parameter::getType)
                .findFirst()
                .orElse(Object.class);
        Map<String, String> fields = new LinkedHashMap<>();
        if (type.isRecord()) {
            for (RecordComponent component : type.getRecordComponents()) {
                fields.put(component.getName(), sample(component.getType()));
            }
        } else if (!type.getPackageName().startsWith("jakarta")
                && !type.getPackageName().startsWith("java")) {
            for (Field field : type.getFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    fields.put(field.getName(), sample(field.getType()));
                }
            }
        }
        return fields;
    }

    private static String sample(Class<?> type) {
        if (type == String.class) {
            return "\"fuzz\"";
        }
        if (type == Instant.class) {
            return "\"2026-01-31T12:00:00Z\"";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return type == Double.class || type == double.class ? "0.5" : "1";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "{\"k\":\"v\"}";
        }
        return List.class.isAssignableFrom(type) ? "[]" : "{}";
    }

    private static List<String> queryNames(Endpoint endpoint) {
        List<String> names = new ArrayList<>();
        for (Parameter parameter : endpoint.method().getParameters()) {
            QueryParam query = parameter.getAnnotation(QueryParam.class);
            if (query != null) {
                names.add(query.value());
            }
        }
        return names;
    }

    private static byte[] json(Map<String, String> fields) {
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "")
                .append('"')
                .append(name)
                .append("\":")
                .append(value));
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
