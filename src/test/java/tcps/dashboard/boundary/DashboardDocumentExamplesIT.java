package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.Duration;
import java.util.List;
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

/**
 * The dashboard design document's examples, played as written against the running product: its WebSocket commands,
 * REST routes and live-stream events, translated only from JavaScript objects to JSON.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardDocumentExamplesIT {

    private static final String JSON = "application/json";
    private static final Duration WAIT = Duration.ofSeconds(20);

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
        http.send("DELETE", "api/simulate");
    }

    /** Dashboard document, "WebSocket Handler", Supported Commands: each command as written, and its reply. */
    @Test
    void dashboardWebSocketCommands() {
        // Ping/pong
        JsonObject pong = command("""
                {"type": "ping"}""", "pong");
        assertThat(pong.getString("timestamp")).isNotBlank();

        // Subscribe to channels
        JsonObject subscribed = command(
                """
                {"type": "subscribe", "channels": ["andon", "work_order"]}""", "subscribed");
        assertThat(subscribed.getJsonArray("channels").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrder("andon", "work_order");

        // Get current metrics
        JsonObject metrics = command("""
                {"type": "get_metrics"}""", "metrics");
        assertThat(metrics.getJsonObject("data")).containsKeys("overview", "quality", "kanban", "andon", "kaizen");

        // Trigger Andon
        JsonObject triggered = command(
                """
                {
                  "type": "trigger_andon",
                  "data": {
                    "failure_type": "test_failure",
                    "sku_id": "SKU-123",
                    "stage": "testing",
                    "details": {"message": "Unit test failed"}
                  }
                }""",
                "andon_triggered");
        assertThat(triggered.getJsonObject("result").getBoolean("success")).isTrue();
        long andonId =
                triggered.getJsonObject("result").getJsonNumber("andon_id").longValue();
        JsonObject andon = http.get("api/andon/" + andonId).json();
        assertThat(andon.getString("failureType")).isEqualTo("test_failure");
        assertThat(andon.getString("skuId")).isEqualTo("SKU-123");
        assertThat(andon.getString("stage")).isEqualTo("testing");
        assertThat(andon.getJsonObject("details").getString("message")).isEqualTo("Unit test failed");

        // Create work order: no SKU in the document's data, so the work order gets SKU-<bucket>-<id>
        JsonObject created = command(
                """
                {
                  "type": "create_work_order",
                  "data": {
                    "description": "Fix authentication bug",
                    "priority": "high",
                    "bucket": "reliability"
                  }
                }""",
                "work_order_created");
        assertThat(created.getJsonObject("result").getBoolean("success")).isTrue();
        long workOrderId =
                created.getJsonObject("result").getJsonNumber("work_order_id").longValue();
        JsonObject workOrder = new LineClient(deployment).workOrder(workOrderId);
        assertThat(workOrder.getString("description")).isEqualTo("Fix authentication bug");
        assertThat(workOrder.getString("priority")).isEqualTo("high");
        assertThat(workOrder.getString("bucket")).isEqualTo("reliability");
        assertThat(workOrder.getString("skuId")).isEqualTo("SKU-reliability-" + workOrderId);

        // Resolve Andon: the document's "ANDON-123" stands for an Andon's id, here the one just triggered
        JsonObject resolved = command(
                """
                {
                  "type": "resolve_andon",
                  "andon_id": %d,
                  "data": {
                    "root_cause": "Race condition in auth flow",
                    "fix_applied": "Added mutex synchronization",
                    "prevention_added": "Added concurrent test cases",
                    "resolver": "engineer@example.com"
                  }
                }"""
                        .formatted(andonId),
                "andon_resolved");
        assertThat(resolved.getJsonObject("result").getBoolean("success")).isTrue();
        JsonObject closed = http.get("api/andon/" + andonId).json();
        assertThat(closed.getString("status")).isEqualTo("RESOLVED");
        assertThat(closed.getJsonObject("resolution").getString("rootCause")).isEqualTo("Race condition in auth flow");
        assertThat(closed.getJsonObject("resolution").getString("resolver")).isEqualTo("engineer@example.com");

        // Get work orders
        JsonObject workOrders = command("""
                {"type": "get_work_orders"}""", "work_orders");
        assertThat(ids(workOrders)).contains(workOrderId);

        // Get Andons
        JsonObject andons = command("""
                {"type": "get_andons"}""", "andons");
        assertThat(ids(andons)).contains(andonId);
    }

    /** Dashboard document, "API Endpoints", REST API: every route answers. */
    @Test
    void dashboardRestRoutes() throws Exception {
        LineClient line = new LineClient(deployment);
        JsonObject workOrder = line.create("Fix authentication bug", "high", "security", LineClient.uniqueSku());
        long workOrderId = workOrder.getJsonNumber("id").longValue();
        long andonId = line.triggerAndon(workOrder.getString("skuId"), "test_failure");

        for (String page : List.of("", "dashboard")) {
            Http.Reply reply = http.get(page, "text/html");
            assertThat(reply.status()).as("GET /" + page).isEqualTo(200);
            assertThat(reply.contentType()).startsWith("text/html");
        }
        for (String category : List.of("summary", "overview", "kanban", "quality", "andon", "kaizen", "flow", "all")) {
            Http.Reply reply = http.get("api/metrics/" + category);
            assertThat(reply.status()).as(category + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.json()).isNotEmpty();
        }
        assertThat(ids(http.get("api/work-orders").json(), "items")).contains(workOrderId);
        assertThat(ok("api/work-orders/" + workOrderId).getString("status")).isNotBlank();
        assertThat(ok("api/andon/" + andonId).getString("status")).isEqualTo("OPEN");
        Http.Reply resolve = http.post("api/andon/" + andonId + "/resolve", JSON, LineClient.resolution());
        assertThat(resolve.status()).as(resolve.body()).isEqualTo(200);
        assertThat(resolve.json().getString("status")).isEqualTo("RESOLVED");
        assertThat(ok("api/sku/" + workOrder.getString("skuId") + "/receipts").getString("skuId"))
                .isEqualTo(workOrder.getString("skuId"));
        assertThat(ok("api/health")).containsKey("status");
        try (SseClient stream = SseClient.open(http.uri("api/stream"), null)) {
            assertThat(stream.await("connected", WAIT).data()).contains("timestamp");
        }
        // GET /ws is the WebSocket of dashboardWebSocketCommands
        for (String format : List.of("json", "csv", "pdf")) {
            Http.Reply export = http.get("api/export/" + format, "*/*");
            assertThat(export.status()).as("export " + format).isEqualTo(200);
            assertThat(export.contentType()).contains(format);
        }
    }

    /**
     * Dashboard document, "SSE Events": the stream's event names as written. Their data carries the document's fields
     * under the names the REST API uses (eventId for event_id, failureType, skuId, workOrderId, serverVersion) and
     * severities as the REST API writes them (CRITICAL).
     */
    @Test
    void dashboardStreamEvents() throws Exception {
        LineClient line = new LineClient(deployment);
        try (SseClient stream = SseClient.open(http.uri("api/stream"), null)) {
            JsonObject connected = stream.await("connected", WAIT).json();
            assertThat(connected.getString("timestamp")).isNotBlank();
            assertThat(connected.getString("serverVersion")).isNotBlank();

            String sku = LineClient.uniqueSku();
            long andonId = line.triggerAndon(sku, "test_failure");
            JsonObject triggered = stream.await(
                            e -> e.name().equals("andon_triggered") && e.data().contains(sku), WAIT)
                    .json();
            assertThat(triggered.getJsonNumber("eventId").longValue()).isEqualTo(andonId);
            assertThat(triggered.getString("failureType")).isEqualTo("test_failure");
            assertThat(triggered.getString("severity")).isEqualTo("CRITICAL");

            assertThat(line.resolveAndon(andonId).status()).isEqualTo(200);
            JsonObject resolved = stream.await(
                            e -> e.name().equals("andon_resolved")
                                    && e.json().getJsonNumber("eventId").longValue() == andonId,
                            WAIT)
                    .json();
            assertThat(resolved.getJsonObject("resolution")).containsKey("resolvedAt");

            long workOrderId = line.create("Fix authentication bug", "high", "cost", sku)
                    .getJsonNumber("id")
                    .longValue();
            JsonObject update = stream.await(
                            e -> e.name().equals("work_order_update")
                                    && e.data().contains(sku),
                            WAIT)
                    .json();
            assertThat(update.getJsonNumber("workOrderId").longValue()).isEqualTo(workOrderId);
            assertThat(update.getString("status")).isNotBlank();
            assertThat(update.getString("bucket")).isEqualTo("cost");
            assertThat(stream.await("metrics-update", Duration.ofSeconds(30)).json())
                    .containsKey("overview");
        }
        line.drain("cost");
    }

    /** Sends the message as written (no request id) and answers the reply of {@code type}, not a live-feed event. */
    private JsonObject command(String message, String type) {
        JsonObject reply = socket.sendRawAndAwait(
                message, m -> m.getString("type", "").equals(type) && !m.containsKey("channel") || isError(m), type);
        assertThat(reply.getString("type")).as(reply.toString()).isEqualTo(type);
        return reply;
    }

    private static boolean isError(JsonObject message) {
        return "error".equals(message.getString("type", ""));
    }

    private JsonObject ok(String path) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static List<Long> ids(JsonObject reply) {
        return ids(reply, "data");
    }

    private static List<Long> ids(JsonObject reply, String member) {
        return reply.getJsonArray(member).getValuesAs(JsonValue::asJsonObject).stream()
                .map(item -> item.getJsonNumber("id").longValue())
                .toList();
    }
}
