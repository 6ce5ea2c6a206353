package tcps.dashboard.boundary;

import static jakarta.json.JsonValue.ValueType.ARRAY;
import static jakarta.json.JsonValue.ValueType.FALSE;
import static jakarta.json.JsonValue.ValueType.NULL;
import static jakarta.json.JsonValue.ValueType.NUMBER;
import static jakarta.json.JsonValue.ValueType.OBJECT;
import static jakarta.json.JsonValue.ValueType.STRING;
import static jakarta.json.JsonValue.ValueType.TRUE;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.JsonValue.ValueType;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * right JSON types), on PostgreSQL; the exports are parsed back (CSV with a CSV parser, PDF with PDFBox).
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
    private ExportClient exports;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        line = new LineClient(deployment);
        exports = new ExportClient(deployment);
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
        long id = triggerAndon(LineClient.uniqueSku(), "lint_failure");

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

        Http.Reply resolved = http.post("api/andon/" + id + "/resolve", JSON, resolution());
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertShape("resolved Andon", resolved.json(), members);
        assertThat(resolved.json().getString("status")).isEqualTo("RESOLVED");
        assertShape(
                "resolution",
                resolved.json().getJsonObject("resolution"),
                Map.of("rootCause", Set.of(STRING), "resolver", Set.of(STRING)));
        assertThat(resolved.json().get("resolutionTimeMs").getValueType()).isEqualTo(NUMBER);

        assertProblem(http.post("api/andon/" + id + "/resolve", JSON, resolution()), 409);
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
        // Alerting and SLOs are not part of the product yet: nothing is made up
        assertThat(dashboard.getJsonArray("alerts")).isEmpty();
        assertThat(dashboard.getJsonObject("slo").getString("status")).isEqualTo("not_configured");
        assertThat(dashboard.getJsonObject("slo").getJsonArray("objectives")).isEmpty();
    }

    @Test
    void jsonExportHoldsTheRangesWorkOrdersAndTheOpenAndons() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        long workOrder = createWorkOrder(sku);
        long andon = triggerAndon(sku, "test_failure");

        ExportClient.Download download = exports.get("json", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).startsWith(JSON);
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.json\"");
        JsonObject report = Json.createReader(new StringReader(download.text())).readObject();
        assertShape(
                "export",
                report,
                Map.of(
                        "title", Set.of(STRING),
                        "generatedAt", Set.of(STRING),
                        "range", Set.of(OBJECT),
                        "health", Set.of(OBJECT),
                        "metrics", Set.of(OBJECT),
                        "openAndons", Set.of(OBJECT),
                        "workOrders", Set.of(OBJECT)));
        assertThat(report.getJsonObject("range").getString("from")).isEqualTo(from.toString());
        assertShape(
                "export health",
                report.getJsonObject("health"),
                Map.of("status", Set.of(STRING), "checkedAt", Set.of(STRING), "components", Set.of(ARRAY)));
        assertThat(report.getJsonObject("metrics").keySet())
                .containsExactly("overview", "production", "quality", "kanban");
        assertThat(report.getJsonObject("openAndons").getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(
                        item -> assertThat(item.getJsonNumber("id").longValue()).isEqualTo(andon));
        JsonObject workOrders = report.getJsonObject("workOrders");
        assertShape(
                "export work orders",
                workOrders,
                Map.of(
                        "total", Set.of(NUMBER),
                        "limit", Set.of(NUMBER),
                        "truncated", BOOLEAN,
                        "items", Set.of(ARRAY),
                        "exported", Set.of(NUMBER)));
        assertThat(workOrders.getJsonArray("items").getValuesAs(JsonObject.class))
                .anySatisfy(item -> {
                    assertThat(item.getJsonNumber("id").longValue()).isEqualTo(workOrder);
                    assertThat(item.getString("description")).isEqualTo(AWKWARD);
                    assertThat(item.getString("skuId")).isEqualTo(sku);
                });
        assertThat(workOrders.getInt("exported")).isEqualTo(workOrders.getInt("total"));
        resolve(andon);
    }

    @Test
    void csvExportParsesBackWithTheWorkOrderUnharmed() throws IOException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        long workOrder = createWorkOrder(sku);
        long andon = triggerAndon(sku, "security_vulnerability");

        ExportClient.Download download = exports.get("csv", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType().replace(" ", "")).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.csv\"");
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(download.text()), CSVFormat.RFC4180)) {
            for (CSVRecord record : parser) {
                records.add(record.toList());
            }
        }
        assertThat(records)
                .contains(
                        List.of("Report"),
                        List.of("Health"),
                        List.of("Key metrics"),
                        List.of("Open Andons"),
                        List.of("Work orders"),
                        List.of("from", from.toString()));
        assertThat(records)
                .anySatisfy(row ->
                        assertThat(row).startsWith(Long.toString(workOrder)).contains(sku, BUCKET, "low", AWKWARD));
        assertThat(records).anySatisfy(row -> assertThat(row).contains("CRITICAL", "security_vulnerability", sku));
        assertThat(records).anySatisfy(row -> assertThat(row).startsWith("overview", "totalWorkOrders"));
        resolve(andon);
    }

    @Test
    void pdfExportShowsHealthMetricsAndonsAndWorkOrders() throws IOException {
        Instant from = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String sku = LineClient.uniqueSku();
        createWorkOrder(sku);
        long andon = triggerAndon(sku, "deployment_failure");

        ExportClient.Download download = exports.get("pdf", range(from));

        assertThat(download.status()).as(download.text()).isEqualTo(200);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.disposition()).matches("attachment; filename=\"tcps-report-\\d{8}T\\d{6}Z\\.pdf\"");
        try (PDDocument pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text)
                    .contains("TCPS Health Monitor report")
                    .contains("Range: " + from)
                    .containsPattern("Health: (healthy|degraded|unhealthy)")
                    .contains("persistence")
                    .contains("overview totalWorkOrders")
                    .contains("deployment_failure")
                    .contains(sku)
                    .contains("Work orders created in the range: 1")
                    .contains("export check, with");
        } finally {
            resolve(andon);
        }
    }

    @Test
    void exportErrorsAreProblems() {
        JsonObject unknown = assertProblem(exports.get("xml", "").asReply(), 404);
        assertThat(unknown.getString("detail")).contains("json, csv, pdf");

        assertProblem(
                exports.get("csv", "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .asReply(),
                400);
        JsonObject unparsable =
                assertProblem(exports.get("pdf", "?from=yesterday").asReply(), 400);
        assertThat(unparsable.getString("detail")).contains("'from'");
        assertProblem(exports.get("json", "?to=2026-13-01T00:00:00Z").asReply(), 400);
    }

    @Test
    void unknownIdsAreNotFoundProblems() {
        assertProblem(http.get("api/work-orders/999999999999"), 404);
        assertProblem(http.get("api/andon/999999999999"), 404);
        assertProblem(http.post("api/andon/999999999999/resolve", JSON, resolution()), 404);
    }

    // The page (GET /, GET /dashboard) is checked in a browser by DashboardPageIT, the event stream (GET /api/stream)
    // by EventStreamIT with an SSE client, the WebSocket (/ws) by DashboardWebSocketIT with a WebSocket client.

    private long createWorkOrder(String sku) {
        String body = Json.createObjectBuilder()
                .add("description", AWKWARD)
                .add("priority", "low")
                .add("bucket", BUCKET)
                .add("skuId", sku)
                .build()
                .toString();
        Http.Reply reply = http.post("api/work-orders", JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private long triggerAndon(String sku, String failureType) {
        String body = Json.createObjectBuilder()
                .add("failureType", failureType)
                .add("skuId", sku)
                .build()
                .toString();
        Http.Reply reply = http.post("api/andon", JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    /** Leaves no critical Andon open behind: other tests read the line's health. */
    private void resolve(long andon) {
        assertThat(http.post("api/andon/" + andon + "/resolve", JSON, resolution())
                        .status())
                .isEqualTo(200);
    }

    private static String resolution() {
        return Json.createObjectBuilder()
                .add("rootCause", "flaky network in CI")
                .add("fixApplied", "retried with a local mirror")
                .add("preventionAdded", "mirror made the default")
                .add("resolver", "route-check")
                .build()
                .toString();
    }

    /** From {@code from} (taken before this test created anything) to a minute from now: only this test's rows. */
    private static String range(Instant from) {
        return "?from=" + from + "&to=" + Instant.now().plusSeconds(60);
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

    /** Each member has one of its types; a member that may be null may also be left out (JSON-B omits nulls). */
    private static void assertShape(String what, JsonObject json, Map<String, Set<ValueType>> members) {
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

    private static JsonObject assertProblem(Http.Reply reply, int status) {
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
