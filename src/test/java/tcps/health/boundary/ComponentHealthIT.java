package tcps.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
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
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/** Component health over HTTP on PostgreSQL: the report, one component, failure simulation and the history. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComponentHealthIT {

    private static final List<String> COMPONENTS =
            List.of("andon", "kanban", "ontology", "persistence", "receipts", "tpm");
    private static final List<String> STATUSES = List.of("healthy", "degraded", "unhealthy");

    @ArquillianResource
    URL deployment;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create(HealthChangedProbe.class);
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
    }

    @AfterEach
    void clearSimulations() {
        http.send("DELETE", "api/simulate");
    }

    @Test
    void reportListsEveryComponentAndTheWorstStatusOverall() {
        Http.Reply reply = http.get("api/health/components");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject report = reply.json();
        JsonObject components = report.getJsonObject("components");
        assertThat(components.keySet()).containsAll(COMPONENTS);
        int worst = 0;
        for (String name : components.keySet()) {
            JsonObject component = components.getJsonObject(name);
            assertThat(component.getString("status")).isIn(STATUSES);
            assertThat(component.getJsonObject("details")).isNotEmpty();
            assertThat(component.getBoolean("simulated")).isFalse();
            worst = Math.max(worst, STATUSES.indexOf(component.getString("status")));
        }
        assertThat(report.getString("status")).isEqualTo(STATUSES.get(worst));
        // The report's alerts are the active alerts, as GET /api/alerts lists them
        assertThat(ids(report.getJsonArray("alerts")))
                .isEqualTo(ids(http.get("api/alerts").jsonArray()));
        assertThat(report.getString("timestamp")).isNotBlank();
        JsonObject persistence = components.getJsonObject("persistence");
        assertThat(persistence.getJsonObject("details").getBoolean("reachable")).isTrue();
    }

    @Test
    void oneComponentAndUnknownNames() {
        JsonObject kanban = http.get("api/health/components/kanban").json();
        assertThat(kanban.getString("component")).isEqualTo("kanban");
        assertThat(kanban.getJsonObject("details").keySet())
                .contains("wip_current", "utilization", "queue_depth", "wip_by_bucket");

        Http.Reply unknown = http.get("api/health/components/warp-drive");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    void simulatedKanbanBreachIsUnhealthyAndMarkedSimulatedUntilCleared() {
        Http.Reply started = http.post(
                "api/simulate/kanban", "application/json", "{\"wip_over_limit\": true, \"utilization\": 0.95}");
        assertThat(started.status()).isEqualTo(200);
        assertThat(started.json()
                        .getJsonObject("parameters")
                        .getJsonNumber("utilization")
                        .doubleValue())
                .isEqualTo(0.95);

        JsonObject kanban = http.get("api/health/components/kanban").json();
        assertThat(kanban.getString("status")).isEqualTo("unhealthy");
        assertThat(kanban.getString("reason")).contains("WIP over its limit");
        assertThat(kanban.getBoolean("simulated")).isTrue();
        assertThat(kanban.getJsonArray("simulatedParameters").getValuesAs(JsonString::getString))
                .containsExactlyInAnyOrder("wip_over_limit", "utilization");
        assertThat(kanban.getJsonObject("details").getJsonNumber("utilization").doubleValue())
                .isEqualTo(0.95);
        JsonObject report = http.get("api/health/components").json();
        assertThat(report.getString("status")).isEqualTo("unhealthy");
        assertThat(report.getBoolean("simulated")).isTrue();

        assertThat(http.send("DELETE", "api/simulate").json().getInt("cleared")).isEqualTo(1);
        assertThat(http.get("api/health/components/kanban").json().getBoolean("simulated"))
                .isFalse();
    }

    @Test
    void simulatedCriticalAndonOpenForAnHourIsUnhealthy() {
        http.post("api/simulate/andon", "application/json", "{\"critical_open\": true, \"open_duration\": 3600000}");

        JsonObject andon = http.get("api/health/components/andon").json();
        assertThat(andon.getString("status")).isEqualTo("unhealthy");
        assertThat(andon.getJsonObject("details").getInt("critical")).isPositive();
    }

    @Test
    void simulationsExpireAfterTheirDuration() throws InterruptedException {
        http.post("api/simulate/tpm?durationSeconds=1", "application/json", "{\"compliance\": 0.5}");
        assertThat(http.get("api/health/components/tpm").json().getString("status"))
                .isEqualTo("unhealthy");

        Thread.sleep(1_500);

        assertThat(http.get("api/health/components/tpm").json().getBoolean("simulated"))
                .isFalse();
        assertThat(http.get("api/simulate").body()).isEqualTo("[]");
    }

    @Test
    void badSimulationsAreRefused() {
        assertThat(http.post("api/simulate/warp-drive", "application/json", "{\"x\": 1}")
                        .status())
                .isEqualTo(404);
        Http.Reply unknownParameter = http.post("api/simulate/kanban", "application/json", "{\"speed\": 1}");
        assertThat(unknownParameter.status()).isEqualTo(400);
        assertThat(unknownParameter.json().getString("detail")).contains("speed");
        assertThat(http.post("api/simulate/kanban", "application/json", "{\"utilization\": \"high\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post("api/simulate/kanban?durationSeconds=0", "application/json", "{\"utilization\": 1}")
                        .status())
                .isEqualTo(400);
        Http.Reply infinite = http.post("api/simulate/kanban", "application/json", "{\"utilization\": 1e400}");
        assertThat(infinite.status()).isEqualTo(400);
        assertThat(infinite.json().getString("detail")).contains("utilization");
    }

    @Test
    void aSimulatedFailureRecordsExactlyOneTransitionEachWay() {
        // A baseline run first, so whatever the components were before does not count below.
        assertThat(http.post("api/health/components/check", "application/json", "")
                        .json()
                        .getJsonObject("components")
                        .getJsonObject("persistence")
                        .getString("status"))
                .isEqualTo("healthy");
        Instant from = Instant.now();

        http.post("api/simulate/persistence", "application/json", "{\"reachable\": false}");
        JsonObject during =
                http.post("api/health/components/check", "application/json", "").json();
        http.post("api/health/components/check", "application/json", "");
        http.send("DELETE", "api/simulate");
        http.post("api/health/components/check", "application/json", "");
        http.post("api/health/components/check", "application/json", "");

        assertThat(during.getJsonObject("components")
                        .getJsonObject("persistence")
                        .getString("status"))
                .isEqualTo("unhealthy");
        JsonObject history = http.get("api/health/history?component=persistence&from=" + from)
                .json();
        List<JsonObject> transitions = history.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(transitions)
                .extracting(t -> t.getString("from") + "->" + t.getString("to") + " " + t.getBoolean("simulated"))
                .containsExactly("unhealthy->healthy false", "healthy->unhealthy true");
        assertThat(transitions.get(1).getString("reason")).startsWith("database unreachable");
        assertThat(history.getInt("total")).isEqualTo(2);
        String announced = http.get("api/health-probe?component=persistence").body();
        assertThat(announced)
                .contains("sync persistence HEALTHY->UNHEALTHY simulated", "sync persistence UNHEALTHY->HEALTHY");
        assertThat(announced)
                .containsOnlyOnce("\"sync persistence HEALTHY->UNHEALTHY simulated\"")
                .containsOnlyOnce("\"sync persistence UNHEALTHY->HEALTHY\"");
    }

    @Test
    void aShaclViolationInTheDataTurnsOntologyUnhealthyNamingTheNode() throws SQLException {
        String sku = LineClient.uniqueSku();
        long andon = http.post(
                        "api/andon",
                        "application/json",
                        "{\"failureType\": \"lint_failure\", \"skuId\": \"" + sku + "\"}")
                .json()
                .getJsonNumber("id")
                .longValue();
        http.post(
                "api/andon/" + andon + "/resolve",
                "application/json",
                "{\"rootCause\": \"typo\", \"fixApplied\": \"fixed\", \"preventionAdded\": \"lint in CI\","
                        + " \"resolver\": \"alice\"}");
        assertThat(violationNodes()).doesNotContain("urn:tcps:andon:" + andon);

        update("UPDATE andon_event SET resolver = '' WHERE id = " + andon);
        try {
            JsonObject ontology = http.get("api/health/components/ontology").json();
            assertThat(ontology.getString("status")).isEqualTo("unhealthy");
            assertThat(ontology.getString("reason")).contains("urn:tcps:andon:" + andon);
            assertThat(violationNodes()).contains("urn:tcps:andon:" + andon);
        } finally {
            update("UPDATE andon_event SET resolver = 'alice' WHERE id = " + andon);
        }
        assertThat(violationNodes()).doesNotContain("urn:tcps:andon:" + andon);
    }

    @Test
    void anAlteredReceiptTurnsReceiptsUnhealthyNamingTheSku() throws SQLException {
        String sku = LineClient.uniqueSku();
        passOneStage(sku);

        update("UPDATE receipt SET payload = REPLACE(payload, '\"PASSED\"', '\"FORGED\"') WHERE sku_id = '" + sku
                + "'");
        try {
            JsonObject receipts = http.get("api/health/components/receipts").json();
            assertThat(receipts.getString("status")).isEqualTo("unhealthy");
            assertThat(receipts.getString("reason")).contains(sku);
        } finally {
            update("UPDATE receipt SET payload = REPLACE(payload, '\"FORGED\"', '\"PASSED\"') WHERE sku_id = '" + sku
                    + "'");
        }
        assertThat(http.get("api/health/components/receipts")
                        .json()
                        .getJsonObject("details")
                        .getJsonArray("broken_skus")
                        .toString())
                .doesNotContain(sku);
    }

    @Test
    void aPassedStageWithoutItsReceiptIsNamed() throws SQLException {
        String sku = LineClient.uniqueSku();
        long id = passOneStage(sku);

        // The receipt now belongs to no passed stage: its stage has no receipt, though the counts still match
        update("UPDATE receipt SET stage = CONCAT('moved-', stage) WHERE sku_id = '" + sku + "'");
        try {
            JsonObject receipts = http.get("api/health/components/receipts").json();
            assertThat(receipts.getString("status")).isEqualTo("unhealthy");
            assertThat(receipts.getString("reason")).contains("passed stage(s) without a receipt");
            assertThat(receipts.getJsonObject("details")
                            .getJsonArray("missing_sample")
                            .getValuesAs(JsonString.class))
                    .extracting(JsonString::getString)
                    .anyMatch(missing -> missing.startsWith(id + "/"));
        } finally {
            update("UPDATE receipt SET stage = SUBSTRING(stage FROM 7) WHERE sku_id = '" + sku + "'");
        }
        assertThat(http.get("api/health/components/receipts")
                        .json()
                        .getJsonObject("details")
                        .getJsonNumber("missing_receipts")
                        .longValue())
                .isZero();
    }

    /** A new work order of {@code sku} passes its first stage, issuing one receipt; its id. */
    private long passOneStage(String sku) {
        LineClient line = new LineClient(deployment);
        line.drain("it-health");
        long id = line.create("receipt check", "high", "it-health", sku)
                .getJsonNumber("id")
                .longValue();
        line.commandOk(id, "advance");
        return id;
    }

    private List<String> violationNodes() {
        return http
                .get("api/health/components/ontology")
                .json()
                .getJsonObject("details")
                .getJsonArray("violation_list")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(v -> v.getString("focusNode"))
                .toList();
    }

    private static void update(String sql) throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                Statement statement = db.createStatement()) {
            assertThat(statement.executeUpdate(sql)).isPositive();
        }
    }

    @Test
    void historyRefusesBadParameters() {
        assertThat(http.get("api/health/history?from=yesterday").status()).isEqualTo(400);
        assertThat(http.get("api/health/history?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("api/health/history?limit=501").status()).isEqualTo(400);
    }

    @Test
    void serviceHealthShowsComponentsWithoutFailingOnThem() {
        http.post("api/simulate/andon", "application/json", "{\"critical_open\": true, \"open_duration\": 7200000}");
        http.post("api/health/components/check", "application/json", "");

        Http.Reply reply = http.get("api/health");
        assertThat(reply.status()).isEqualTo(200);
        JsonObject health = reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonObject("components").getString("status")).isEqualTo("unhealthy");
        assertThat(health.getJsonObject("components")
                        .getJsonObject("byComponent")
                        .getString("andon"))
                .isEqualTo("unhealthy");
        assertThat(http.get("/health/ready").status()).isEqualTo(200);
    }

    @Test
    void livenessWatchesTheHealthScheduler() {
        http.post("api/health/components/check", "application/json", "");
        JsonObject live = http.get("/health/live").json();

        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(live.getJsonArray("checks").getValuesAs(JsonObject.class))
                .extracting(check -> check.getString("name"))
                .contains("health-scheduler");
    }

    private static java.util.List<Integer> ids(jakarta.json.JsonArray alerts) {
        return alerts.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getInt("id"))
                .toList();
    }
}
