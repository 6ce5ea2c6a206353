package tcps;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import java.util.UUID;

/** The production line's REST API as tests use it. */
public final class LineClient {

    private static final String JSON = "application/json";

    private final Http http;

    public LineClient(URL deployment) {
        this.http = new Http(deployment);
    }

    public Http http() {
        return http;
    }

    public static String uniqueSku() {
        return "SKU-IT-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Http.Reply createReply(String description, String priority, String bucket, String sku) {
        String body = Json.createObjectBuilder()
                .add("description", description)
                .add("priority", priority)
                .add("bucket", bucket)
                .add("skuId", sku)
                .build()
                .toString();
        return http.post("api/work-orders", JSON, body);
    }

    public JsonObject create(String description, String priority, String bucket, String sku) {
        Http.Reply reply = createReply(description, priority, bucket, sku);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public JsonObject workOrder(long id) {
        return ok(http.get("api/work-orders/" + id));
    }

    public Http.Reply command(long id, String command) {
        return http.post("api/work-orders/" + id + "/" + command, JSON, "{}");
    }

    public JsonObject commandOk(long id, String command) {
        return ok(command(id, command));
    }

    public JsonObject wip(String bucket) {
        return ok(http.get("api/kanban/" + bucket));
    }

    public List<JsonObject> list(String query) {
        return ok(http.get("api/work-orders?" + query)).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Cancels whatever earlier runs left in a bucket, so a test starts from an empty bucket. */
    public void drain(String bucket) {
        http.post("api/kanban/intake/resume?bucket=" + bucket, JSON, "");
        for (String status : List.of("QUEUED", "BLOCKED", "IN_PROGRESS")) {
            for (JsonObject w : list("bucket=" + bucket + "&status=" + status + "&limit=500")) {
                command(w.getJsonNumber("id").longValue(), "cancel");
            }
        }
        assertThat(wip(bucket).getInt("current")).isZero();
        assertThat(wip(bucket).getInt("queueDepth")).isZero();
    }

    /** Triggers an Andon for {@code sku}; its id. */
    public long triggerAndon(String sku, String failureType) {
        String body = Json.createObjectBuilder()
                .add("failureType", failureType)
                .add("skuId", sku)
                .build()
                .toString();
        Http.Reply reply = http.post("api/andon", JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    public Http.Reply resolveAndon(long andon) {
        return http.post("api/andon/" + andon + "/resolve", JSON, resolution());
    }

    /** A complete resolution: root cause, fix, prevention and resolver. */
    public static String resolution() {
        return Json.createObjectBuilder()
                .add("rootCause", "flaky network in CI")
                .add("fixApplied", "retried with a local mirror")
                .add("preventionAdded", "mirror made the default")
                .add("resolver", "route-check")
                .build()
                .toString();
    }

    private static JsonObject ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
