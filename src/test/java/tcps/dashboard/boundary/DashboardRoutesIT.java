package tcps.dashboard.boundary;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.FALSE;
import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.OBJECT;
import static jakarta.json.JsonValue.ValueType.STRING;
import static jakarta.json.JsonValue.ValueType.TRUE;
import static org.assertj.core.api.Assertions.assertThat;
import static tcps.JsonShapes.assertProblem;
import static tcps.JsonShapes.assertShape;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.net.URL;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;

/**
 * Every REST route of the dashboard's API list answers with its status and shape (key members present, with the
 * right JSON types), on PostgreSQL. The exports are checked by {@code ExportsIT}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardRoutesIT {

    private static final String JSON = "application/json";
    private static final Set<ValueType> NUMBER_OR_NULL = EnumSet.of(NUMBER, NULL);
    private static final Set<ValueType> STRING_OR_NULL = EnumSet.of(STRING, NULL);
    private static final Set<ValueType> BOOLEAN = EnumSet.of(TRUE, FALSE);
    private static final String AWKWARD = "export check, with \"quotes\",\nand a second line";
    private static final String BUCKET = "compliance";

    @ArquillianResource
    URL deployment;

    private Http http;
    private LineClient line;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        line = new LineClient(deployment);
    }

    @Test
    void metricCategoriesAnswerTheirShape() {
        Map<String, Map<String, Set<ValueType>>> categories = new LinkedHashMap<>();
        categories.put(
                "summary",
                Map.of(
                        "workOrdersTotal", Set.of(NUMBER),
                        "openAndons", Set.of(NUMBER),
                        "qualityGatePassRate", NUMBER_OR_NULL,
                        "uptime", Set.of(NUMBER),
                        "systemHealthScore", Set.of(NUMBER)));
        categories.put(
                "overview",
                Map.of(
                        "totalWorkOrders", Set.of(NUMBER),
                        "activeWorkOrders", Set.of(NUMBER),
                        "openAndons", Set.of(NUMBER),
                        "averageLeadTimeMs", NUMBER_OR_NULL,
                        "status", Set.of(STRING)));
        categories.put(
                "kanban",
                Map.of(
                        "wipCurrent", Set.of(NUMBER),
                        "wipLimit", Set.of(NUMBER),
                        "utilization", Set.of(NUMBER),
                        "queueDepth", Set.of(NUMBER),
                        "wipByBucket", Set.of(OBJECT)));
        categories.put(
                "quality",
                Map.of(
                        "qualityGatePassRate", NUMBER_OR_NULL,
                        "defectRate", NUMBER_OR_NULL,
                        "gateResults", Set.of(NUMBER),
                        "from", Set.of(STRING),
                        "to", Set.of(STRING)));
        categories.put(
                "andon",
                Map.of(
                        "openTotal", Set.of(NUMBER),
                        "openBySeverity", Set.of(OBJECT),
                        "openCritical", Set.of(NUMBER),
                        "averageResolutionMs", NUMBER_OR_NULL,
                        "recent", Set.of(ARRAY)));
        categories.put(
                "kaizen",
                Map.of(
                        "improvementsImplemented", Set.of(NUMBER),
                        "proposalsTotal", Set.of(NUMBER),
                        "automationCoverage", NUMBER_OR_NULL,
                        "topWastePoints", Set.of(ARRAY)));
        categories.put(
                "flow",
                Map.of(
                        "activeWorkOrders", Set.of(NUMBER),
                        "throughputPerHour", Set.of(NUMBER),
                        "throughputTrend", Set.of(ARRAY),
                        "cycleTimeDistribution", Set.of(ARRAY),
                        "stages", Set.of(ARRAY)));
        Map<String, Set<ValueType>> all = new LinkedHashMap<>();
        all.put("at", Set.of(STRING));
        List.of("overview", "production", "quality", "kanban", "andon", "kaizen", "tpm", "flow")
                .forEach(name -> all.put(name, Set.of(OBJECT)));
        categories.put("all", all);

        categories.forEach((category, members) -> {
            Http.Reply reply = http.get("api/metrics/" + category);
            assertThat(reply.status()).as(category + ": " + reply.body()).isEqualTo(200);
            assertThat(reply.contentType()).startsWith(JSON);
            assertShape(category, reply.json(), members);
        });
    }

    @Test
    void workOrdersListAndOneWorkOrder() {
        long id = createWorkOrder(LineClient.uniqueSku());

        Http.Reply list = http.get("api/work-orders?limit=5");
        assertThat(list.status()).isEqualTo(200);
        assertShape(
                "list",
                list.json(),
                Map.of(
                        "items", Set.of(ARRAY),
                        "total", Set.of(NUMBER),
                        "offset", Set.of(NUMBER),
                        "limit", Set.of(NUMBER)));
        assertShape("list item", list.json().getJsonArray("items").getJsonObject(0), workOrderMembers());

        Http.Reply one = http.get("api/work-orders/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertShape("work order", one.json(), workOrderMembers());
        assertThat(one.json().getString("description")).isEqualTo(AWKWARD);
        assertThat(one.json().get("stages").getValueType()).isEqualTo(ARRAY);
    }

    @Test
    void oneAndonAndItsResolution() {
        long id = line.triggerAndon(LineClient.uniqueSku(), "lint_failure");

        Http.Reply open = http.get("api/andon/" + id);
        assertThat(open.status()).isEqualTo(200);
        Map<String, Set<ValueType>> members = Map.of(
                "id", Set.of(NUMBER),
                "failureType", Set.of(STRING),
                "severity", Set.of(STRING),
                "status", Set.of(STRING),
                "skuId", Set.of(STRING),
                "triggeredAt", Set.of(STRING),
                "openDurationMs", Set.of(NUMBER),
                "resolution", EnumSet.of(NULL, OBJECT));
        assertShape("open Andon", open.json(), members);
        assertThat(open.json().getString("status")).isEqualTo("OPEN");
        assertThat(open.json().getOrDefault("resolution", JsonValue.NULL)).isEqualTo(JsonValue.NULL);

        Http.Reply resolved = line.resolveAndon(id);
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertShape("resolved Andon", resolved.json(), members);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertShape(
                "resolution",
                resolved.json().getJsonObject("resolution"),
                Map.of("rootCause", Set.of(STRING), "resolver", Set.of(STRING)));
        assertThat(resolved.json().get("resolutionTimeMs").getValueType()).isEqualTo(NUMBER);

        assertProblem(line.resolveAndon(id), 409);
    }

    @Test
    void skuReceipts() {
        String sku = LineClient.uniqueSku();
        line.drain(BUCKET);
        long id = createWorkOrder(sku);
        line.commandOk(id, "advance");

        Http.Reply reply = http.get("api/sku/" + sku + "/receipts");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject chain = reply.json();
        assertShape(
                "receipts",
                chain,
                Map.of("skuId", Set.of(STRING), "receipts", Set.of(ARRAY), "validation", Set.of(OBJECT)));
        assertThat(chain.getJsonArray("receipts")).hasSize(1);
        assertShape(
                "receipt",
                chain.getJsonArray("receipts").getJsonObject(0),
                Map.of(
                        "id", Set.of(NUMBER),
                        "workOrderId", Set.of(NUMBER),
                        "stage", Set.of(STRING),
                        "hash", Set.of(STRING),
                        "payload", Set.of(STRING)));
        assertShape("validation", chain.getJsonObject("validation"), Map.of("valid", BOOLEAN));
        assertThat(chain.getJsonObject("validation").getBoolean("valid")).isTrue();
    }

    @Test
    void serviceHealth() {
        Http.Reply reply = http.get("api/health");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertShape(
                "health",
                reply.json(),
                Map.of(
                        "status", Set.of(STRING),
                        "version", Set.of(STRING),
                        "startedAt", Set.of(STRING),
                        "uptimeSeconds", Set.of(NUMBER),
                        "database", Set.of(OBJECT),
                        "migrations", Set.of(OBJECT),
                        "components", Set.of(OBJECT),
                        "sseClients", Set.of(NUMBER)));
        assertThat(reply.json().getString("status")).isEqualTo("UP");
    }

    @Test
    void dashboardData() {
        Http.Reply reply = http.get("api/dashboard");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject dashboard = reply.json();
        assertShape(
                "dashboard",
                dashboard,
                Map.of(
                        "health", Set.of(OBJECT),
                        "metrics", Set.of(OBJECT),
                        "alerts", Set.of(ARRAY),
                        "slo", Set.of(OBJECT),
                        "timestamp", Set.of(STRING)));
        assertShape(
                "dashboard health",
                dashboard.getJsonObject("health"),
                Map.of("status", Set.of(STRING), "components", Set.of(OBJECT), "timestamp", Set.of(STRING)));
        assertThat(dashboard.getJsonObject("health").getJsonObject("components"))
                .containsKeys("andon", "kanban", "persistence", "tpm");
        Map<String, Set<ValueType>> categories = new LinkedHashMap<>();
        List.of("overview", "production", "quality", "kanban", "andon", "kaizen", "tpm", "flow")
                .forEach(name -> categories.put(name, Set.of(OBJECT)));
        assertShape("dashboard metrics", dashboard.getJsonObject("metrics"), categories);
        // The active alerts, as GET /api/alerts lists them; SLOs are not part of the product yet: nothing is made up
        assertThat(dashboard.getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getInt("id"))
                        .toList())
                .isEqualTo(http.get("api/alerts").jsonArray().getValuesAs(JsonObject.class).stream()
                        .map(a -> a.getInt("id"))
                        .toList());
        assertThat(dashboard.getJsonObject("slo").getString("status")).isEqualTo("not_configured");
        assertThat(dashboard.getJsonObject("slo").getJsonArray("objectives")).isEmpty();
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        assertProblem(http.get("api/work-orders/999999999999"), 404);
        assertProblem(http.get("api/andon/999999999999"), 404);
        assertProblem(line.resolveAndon(999999999999L), 404);
    }

    // The page (GET /, GET /dashboard) is checked in a browser by DashboardPageIT, the event stream (GET /api/stream)
    // by EventStreamIT with an SSE client, the WebSocket (/ws) by DashboardWebSocketIT with a WebSocket client.

    private long createWorkOrder(String sku) {
        return line.create(AWKWARD, "low", BUCKET, sku).getJsonNumber("id").longValue();
    }

    private static Map<String, Set<ValueType>> workOrderMembers() {
        return Map.of(
                "id", Set.of(NUMBER),
                "description", Set.of(STRING),
                "priority", Set.of(STRING),
                "bucket", Set.of(STRING),
                "skuId", Set.of(STRING),
                "status", Set.of(STRING),
                "stage", STRING_OR_NULL,
                "createdAt", Set.of(STRING));
    }
}
