package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;

/** Every dashboard command over a real WebSocket, its errors, and the live feed to subscribers, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardWebSocketIT {

    private static final int MAX_MESSAGE_BYTES = 64 * 1024;

    @ArquillianResource
    URL deployment;

    private DashboardSocket socket;
    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        socket = DashboardSocket.open(deployment);
        http = new Http(deployment);
    }

    @AfterEach
    void disconnect() {
        socket.close();
    }

    @Test
    void pingAnswersPongWithATimestampAndTheRequestId() {
        JsonObject pong = socket.request("ping");

        assertThat(pong.getString("type")).isEqualTo("pong");
        assertThat(pong.getString("request_id")).isEqualTo("r1");
        assertThat(pong.getString("timestamp")).matches("\\d{4}-\\d\\d-\\d\\dT.+Z");
    }

    @Test
    void subscribeAnswersTheChannelsNowListenedTo() {
        JsonObject reply = socket.request(subscribe("work_order", "andon"));

        assertThat(reply.getString("type")).isEqualTo("subscribed");
        assertThat(reply.getJsonArray("channels").getValuesAs(JsonString::getString))
                .containsExactly("andon", "work_order");

        JsonObject unknown = socket.error(subscribe("andon", "stock"));

        assertThat(unknown.getInt("status")).isEqualTo(400);
        assertThat(unknown.getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("channels");
        socket.assertAnswersPing();
    }

    @Test
    void getMetricsAnswersWhatTheMetricsApiServes() {
        JsonObject reply = socket.request("get_metrics");

        assertThat(reply.getString("type")).isEqualTo("metrics");
        JsonObject rest = http.get("api/metrics/all").json();
        assertThat(reply.getJsonObject("data").keySet()).isNotEmpty().isEqualTo(rest.keySet());
        assertThat(reply.getJsonObject("data").getJsonObject("overview").keySet())
                .isEqualTo(rest.getJsonObject("overview").keySet());
    }

    @Test
    void triggerAndonStopsTheLineAsTheRestApiShowsIt() {
        String sku = uniqueSku();
        JsonObject reply = socket.request(command(
                "trigger_andon",
                Json.createObjectBuilder()
                        .add("failure_type", "test_failure")
                        .add("sku_id", sku)
                        .add("stage", "testing")
                        .add("details", Json.createObjectBuilder().add("message", "Unit test failed"))));

        assertThat(reply.getString("type")).isEqualTo("andon_triggered");
        assertThat(reply.getJsonObject("result").getBoolean("success")).isTrue();
        long id = reply.getJsonObject("result").getJsonNumber("andon_id").longValue();
        JsonObject stored = http.get("api/andon/" + id).json();
        assertThat(stored.getString("skuId")).isEqualTo(sku);
        assertThat(stored.getString("failureType")).isEqualTo("test_failure");
        assertThat(stored.getString("severity")).isEqualTo("CRITICAL");
        assertThat(stored.getString("status")).isEqualTo("OPEN");
        assertThat(stored.getJsonObject("details").getString("message")).isEqualTo("Unit test failed");
    }

    @Test
    void createWorkOrderPutsWorkOnTheLine() {
        String sku = uniqueSku();
        JsonObject reply = socket.request(command("create_work_order", workOrder(sku)));

        assertThat(reply.getString("type")).isEqualTo("work_order_created");
        assertThat(reply.getJsonObject("result").getBoolean("success")).isTrue();
        long id = reply.getJsonObject("result").getJsonNumber("work_order_id").longValue();
        JsonObject stored = new LineClient(deployment).workOrder(id);
        assertThat(stored.getString("skuId")).isEqualTo(sku);
        assertThat(stored.getString("priority")).isEqualTo("high");
        assertThat(stored.getString("bucket")).isEqualTo("reliability");
    }

    @Test
    void resolveAndonClosesItOnceAndRefusesUnknownOrResolvedOnesAsRestDoes() {
        long id = triggerOverRest(uniqueSku());

        JsonObject reply = socket.request(resolve(id));

        assertThat(reply.getString("type")).isEqualTo("andon_resolved");
        assertThat(reply.getJsonObject("result").getBoolean("success")).isTrue();
        JsonObject stored = http.get("api/andon/" + id).json();
        assertThat(stored.getString("status")).isEqualTo("RESOLVED");
        assertThat(stored.getJsonObject("resolution").getString("preventionAdded"))
                .isEqualTo("concurrent test cases");

        JsonObject again = socket.error(resolve(id));
        assertThat(again.getInt("status")).isEqualTo(409);
        assertThat(again.getString("type")).isEqualTo("urn:tcps:problem:invalid-state-transition");
        assertThat(again.getString("type")).isEqualTo(AndonRest.problemType(http, "api/andon/" + id + "/resolve"));
        socket.assertAnswersPing();

        JsonObject unknown = socket.error(resolve(987_654_321_000L));
        assertThat(unknown.getInt("status")).isEqualTo(404);
        assertThat(unknown.getString("detail")).contains("987654321000");
        socket.assertAnswersPing();
    }

    @Test
    void getWorkOrdersAndGetAndonsListLikeTheRestApiWithItsFilters() {
        String sku = uniqueSku();
        long workOrderId = new LineClient(deployment)
                .create("listed", "low", "reliability", sku)
                .getJsonNumber("id")
                .longValue();
        long andonId = triggerOverRest(sku);

        JsonObject workOrders = socket.request(
                command("get_work_orders", Json.createObjectBuilder().add("sku_id", sku)));
        JsonObject andons = socket.request(command(
                "get_andons", Json.createObjectBuilder().add("sku_id", sku).add("status", "open")));

        assertThat(workOrders.getString("type")).isEqualTo("work_orders");
        assertThat(workOrders.getJsonArray("data").getValuesAs(JsonObject.class))
                .extracting(w -> w.getJsonNumber("id").longValue())
                .containsExactly(workOrderId);
        assertThat(workOrders.getInt("total")).isEqualTo(1);
        assertThat(andons.getString("type")).isEqualTo("andons");
        assertThat(andons.getJsonArray("data").getValuesAs(JsonObject.class))
                .extracting(a -> a.getJsonNumber("id").longValue())
                .containsExactly(andonId);
        assertThat(socket.request("get_andons").getInt("limit")).isEqualTo(50);

        JsonObject badLimit = socket.error(
                command("get_work_orders", Json.createObjectBuilder().add("limit", 501)));
        assertThat(badLimit.getInt("status")).isEqualTo(400);
        assertThat(badLimit.getString("detail")).contains("limit");
        JsonObject badStatus =
                socket.error(command("get_andons", Json.createObjectBuilder().add("status", "closed")));
        assertThat(badStatus.getInt("status")).isEqualTo(400);
        JsonObject reversed = socket.error(command(
                "get_andons",
                Json.createObjectBuilder().add("from", "2026-11-25T00:00:00Z").add("to", "2026-11-24T00:00:00Z")));
        assertThat(reversed.getInt("status")).isEqualTo(400);
        assertThat(reversed.getString("detail")).contains("lies after 'to'");
        socket.assertAnswersPing();
    }

    @Test
    void malformedOrUnknownMessagesAreAnsweredWithAnErrorAndTheSessionStaysOpen() {
        JsonObject malformed = errorFor("{\"type\": \"ping\"");
        assertThat(malformed.getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
        assertThat(malformed.getInt("status")).isEqualTo(400);
        socket.assertAnswersPing();

        assertThat(errorFor("[\"ping\"]").getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
        socket.assertAnswersPing();

        String deep = "{\"type\":\"ping\",\"x\":" + "[".repeat(20_000) + "]".repeat(20_000) + "}";
        assertThat(errorFor(deep).getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
        socket.assertAnswersPing();

        JsonObject unknown =
                socket.error(Json.createObjectBuilder().add("type", "launch").build());
        assertThat(unknown.getInt("status")).isEqualTo(400);
        assertThat(unknown.getString("detail")).contains("launch");
        socket.assertAnswersPing();

        JsonObject noData = socket.error(
                Json.createObjectBuilder().add("type", "trigger_andon").build());
        assertThat(noData.getString("type")).isEqualTo("urn:tcps:problem:missing-body");
        socket.assertAnswersPing();
    }

    @Test
    void invalidFieldsAreRefusedByTheRestApisOwnConstraintsNamedAsSent() {
        JsonObject andon = socket.error(
                command("trigger_andon", Json.createObjectBuilder().add("failure_type", "no spaces allowed")));
        assertThat(andon.getString("type")).isEqualTo("urn:tcps:problem:validation-failed");
        assertThat(fields(andon)).contains("failure_type", "sku_id");
        socket.assertAnswersPing();

        JsonObject wrongType = socket.error(command(
                "trigger_andon",
                Json.createObjectBuilder().add("failure_type", "x").add("sku_id", 5)));
        assertThat(fields(wrongType)).containsExactly("sku_id");
        socket.assertAnswersPing();

        JsonObject workOrder =
                socket.error(command("create_work_order", workOrder(uniqueSku()).add("priority", "urgent")));
        assertThat(fields(workOrder)).containsExactly("priority");
        socket.assertAnswersPing();

        JsonObject unknownBucket =
                socket.error(command("create_work_order", workOrder(uniqueSku()).add("bucket", "nowhere")));
        assertThat(unknownBucket.getInt("status")).isEqualTo(400);
        socket.assertAnswersPing();

        JsonObject resolution = socket.error(Json.createObjectBuilder()
                .add("type", "resolve_andon")
                .add("andon_id", "ANDON-1")
                .add("data", JsonValue.EMPTY_JSON_OBJECT)
                .build());
        assertThat(fields(resolution)).containsExactly("andon_id");
        JsonObject emptyResolution = socket.error(Json.createObjectBuilder()
                .add("type", "resolve_andon")
                .add("andon_id", 1)
                .add("data", JsonValue.EMPTY_JSON_OBJECT)
                .build());
        assertThat(fields(emptyResolution)).contains("root_cause", "fix_applied", "prevention_added", "resolver");
        socket.assertAnswersPing();
    }

    @Test
    void aMessageUpToTheLimitIsServedAndALargerOneClosesTheSessionWith1009() throws Exception {
        String justFits = padded(MAX_MESSAGE_BYTES);
        assertThat(justFits.length()).isEqualTo(MAX_MESSAGE_BYTES);
        socket.sendRawAndAwait(justFits, m -> "pong".equals(m.getString("type")), "pong to a message of the limit");

        socket.sendRaw(padded(MAX_MESSAGE_BYTES + 1));

        assertThat(socket.awaitClose()).isEqualTo(1009);
    }

    @Test
    void subscribersReceiveChangesMadeOverRestAndOthersDoNot() {
        try (DashboardSocket bystander = DashboardSocket.open(deployment)) {
            socket.request(subscribe("andon", "work_order"));
            bystander.request(subscribe("health"));
            String sku = uniqueSku();

            long andonId = triggerOverRest(sku);
            long workOrderId = new LineClient(deployment)
                    .create("watched", "medium", "reliability", sku)
                    .getJsonNumber("id")
                    .longValue();

            JsonObject triggered = socket.await(
                    m -> m.getString("type").equals("andon_triggered")
                            && m.containsKey("channel")
                            && sku.equals(m.getJsonObject("data").getString("skuId", null)),
                    "andon_triggered event");
            assertThat(triggered.getString("channel")).isEqualTo("andon");
            assertThat(triggered.getJsonNumber("id").longValue()).isPositive();
            assertThat(triggered.getJsonObject("data").getJsonNumber("eventId").longValue())
                    .isEqualTo(andonId);
            JsonObject update = socket.await(
                    m -> m.getString("type").equals("work_order_update")
                            && m.getJsonObject("data")
                                            .getJsonNumber("workOrderId")
                                            .longValue()
                                    == workOrderId,
                    "work_order_update event");
            assertThat(update.getString("channel")).isEqualTo("work_order");

            // Fan-out queues an event for every subscriber at once: after the ping, nothing more is on its way
            bystander.assertAnswersPing();
            assertThat(bystander.received())
                    .extracting(m -> m.getString("channel", ""))
                    .doesNotContain("andon", "work_order");
        }
    }

    /** The error answering {@code text}, a message that carries no request id to match the reply by. */
    private JsonObject errorFor(String text) {
        return socket.sendRawAndAwait(text, m -> "error".equals(m.getString("type")), "error reply")
                .getJsonObject("error");
    }

    private long triggerOverRest(String sku) {
        Http.Reply reply = http.post(
                "api/andon",
                "application/json",
                Json.createObjectBuilder()
                        .add("failureType", "test_failure")
                        .add("skuId", sku)
                        .build()
                        .toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static JsonObject subscribe(String... channels) {
        return Json.createObjectBuilder()
                .add("type", "subscribe")
                .add("channels", Json.createArrayBuilder(List.of(channels)))
                .build();
    }

    private static JsonObject command(String type, JsonObjectBuilder data) {
        return Json.createObjectBuilder().add("type", type).add("data", data).build();
    }

    private static JsonObjectBuilder workOrder(String sku) {
        return Json.createObjectBuilder()
                .add("description", "Fix authentication bug")
                .add("priority", "high")
                .add("bucket", "reliability")
                .add("sku_id", sku);
    }

    private static JsonObject resolve(long id) {
        return Json.createObjectBuilder()
                .add("type", "resolve_andon")
                .add("andon_id", id)
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("root_cause", "Race condition in auth flow")
                                .add("fix_applied", "Added mutex synchronization")
                                .add("prevention_added", "concurrent test cases")
                                .add("resolver", "engineer@example.com"))
                .build();
    }

    private static List<String> fields(JsonObject problem) {
        return problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    /** A ping of exactly {@code bytes} bytes (ASCII). */
    private static String padded(int bytes) {
        String head = "{\"type\":\"ping\",\"pad\":\"";
        String tail = "\"}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    private static String uniqueSku() {
        return "SKU-WS-" + UUID.randomUUID();
    }

    /** What the REST API answers for the same fault, to compare problem types. */
    private static final class AndonRest {

        static String problemType(Http http, String path) {
            Http.Reply reply = http.post(
                    path,
                    "application/json",
                    "{\"rootCause\":\"a\",\"fixApplied\":\"b\",\"preventionAdded\":\"c\",\"resolver\":\"d\"}");
            return reply.json().getString("type");
        }
    }
}
