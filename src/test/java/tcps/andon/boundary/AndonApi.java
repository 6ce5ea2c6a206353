package tcps.andon.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import tcps.Http;

/** The Andon API as the integration tests drive it: over HTTP, with replies checked for the expected status. */
final class AndonApi {

    static final String JSON = "application/json";
    static final String BASE = "api/andon";

    private final Http http;

    AndonApi(URL deployment) {
        this.http = new Http(deployment);
    }

    Http http() {
        return http;
    }

    /** A SKU no other test (or earlier run on the same database) uses, so lists filtered by it hold only ours. */
    static String uniqueSku() {
        return "SKU-" + UUID.randomUUID();
    }

    static JsonObjectBuilder andon(String failureType, String skuId) {
        return Json.createObjectBuilder().add("failureType", failureType).add("skuId", skuId);
    }

    static JsonObject resolution(String resolver) {
        return Json.createObjectBuilder()
                .add("rootCause", "clock skew between build agents")
                .add("fixApplied", "pinned the test clock")
                .add("preventionAdded", "clock-skew test in the suite")
                .add("resolver", resolver)
                .build();
    }

    Http.Reply post(String path, JsonObject body) {
        return http.post(path, JSON, body.toString());
    }

    JsonObject trigger(JsonObjectBuilder body) {
        return expect(post(BASE, body.build()), 201);
    }

    JsonObject trigger(String failureType, String skuId) {
        return trigger(andon(failureType, skuId));
    }

    JsonObject resolve(long id, String resolver) {
        return expect(post(BASE + "/" + id + "/resolve", resolution(resolver)), 200);
    }

    JsonObject escalate(long id) {
        return expect(http.send("POST", BASE + "/" + id + "/escalate"), 200);
    }

    JsonObject get(String path) {
        return expect(http.get(path), 200);
    }

    List<JsonObject> items(String query) {
        return get(BASE + "?" + query).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    JsonObject summary() {
        return get(BASE + "/summary");
    }

    static JsonObject expect(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith(JSON);
        return reply.json();
    }

    /** A problem+json reply with the given status; returns the problem document. */
    static JsonObject problem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        return problem;
    }

    /** The fields a validation problem names. */
    static List<String> invalidFields(Http.Reply reply) {
        JsonObject problem = problem(reply, 400);
        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:validation-failed");
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field"))
                .toList();
    }
}
