package tcps;

import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.STRING;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue.ValueType;
import java.util.Map;
import java.util.Set;

/** Checks of a JSON answer's shape: which members it has, with which JSON types. */
public final class JsonShapes {

    private JsonShapes() {}

    /** Each member has one of its types; a member that may be null may also be left out (JSON-B omits nulls). */
    public static void assertShape(String what, JsonObject json, Map<String, Set<ValueType>> members) {
        members.forEach((member, types) -> {
            if (types.contains(NULL) && !json.containsKey(member)) {
                return;
            }
            assertThat(json).as("%s has %s: %s", what, member, json).containsKey(member);
            assertThat(types)
                    .as("%s.%s is one of %s: %s", what, member, types, json.get(member))
                    .contains(json.get(member).getValueType());
        });
    }

    public static JsonObject assertProblem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertShape(
                "problem",
                problem,
                Map.of(
                        "type", Set.of(STRING),
                        "title", Set.of(STRING),
                        "status", Set.of(NUMBER),
                        "detail", Set.of(STRING)));
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }
}
