package tcps.line.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
import java.util.List;
import java.util.function.Supplier;
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
 * Every component's committed change reaches one observer of {@link tcps.line.control.LineChange} on Payara, though
 * each is fired as its own type; changes that roll back never do; health changes, announced outside a transaction,
 * reach it at once. The metrics, which observe changes the same way, re-read their reports after them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LineChangesIT {

    private static final String JSON = "application/json";
    private static final String BUCKET = "reliability";

    @ArquillianResource
    URL deployment;

    private LineClient line;
    private Http http;
    private final String sku = LineClient.uniqueSku();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create(LineChangeProbe.class);
    }

    @BeforeEach
    void connect() {
        line = new LineClient(deployment);
        http = line.http();
    }

    @AfterEach
    void clear() {
        http.send("DELETE", "api/simulate");
        http.post("api/kanban/intake/resume?bucket=" + BUCKET, JSON, "");
    }

    @Test
    void everyComponentsCommittedChangeReachesOneObserverOfLineChange() {
        line.drain(BUCKET);
        http.send("DELETE", "api/line-change-probe");

        long workOrder = line.create("line change", "medium", BUCKET, sku)
                .getJsonNumber("id")
                .longValue();
        line.commandOk(workOrder, "advance");
        ok(http.post("api/kanban/intake/pause?bucket=" + BUCKET, JSON, ""));
        ok(http.post("api/kanban/intake/resume?bucket=" + BUCKET, JSON, ""));
        long andon = line.triggerAndon(sku, "coverage_drop");
        created(http.post("api/andon/" + andon + "/escalate", JSON, ""));
        ok(line.resolveAndon(andon));
        created(http.post(
                "api/tpm/maintenance/trigger", JSON, "{\"component\":\"" + sku + "\",\"reason\":\"line change\"}"));
        created(http.post(
                "api/quality/gates",
                JSON,
                "{\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku
                        + "\",\"stage\":\"testing\",\"gate\":\"unit_tests\",\"passed\":true,\"defectsFound\":0}"));
        created(http.post(
                "api/kaizen/proposals",
                JSON,
                "{\"title\":\"" + sku + "\",\"wasteType\":\"waiting\",\"description\":\"line change\"}"));

        assertThat(seen(BUCKET))
                .as("intake of " + BUCKET)
                .filteredOn(change -> change.startsWith("kanban "))
                .extracting(LineChangesIT::sourceAndKind)
                .containsExactly("kanban intake_paused", "kanban intake_resumed");
        String ofAndon = "andonId=" + andon + ",";
        assertThat(seen(""))
                .filteredOn(change -> change.contains(sku) || change.contains(ofAndon))
                .extracting(LineChangesIT::sourceAndKind)
                .containsExactly(
                        "workorders work_orders_changed", // created
                        "workorders work_orders_changed", // started: pulled into the empty bucket
                        "receipts receipt_issued",
                        "workorders work_orders_changed", // advanced
                        "andon andon_triggered",
                        "andon andon_escalated",
                        "andon andon_resolved",
                        "tpm maintenance_triggered",
                        "quality quality_gate_recorded",
                        "kaizen proposal_submitted");
    }

    @Test
    void aChangeRolledBackIsNeverObserved() {
        http.send("DELETE", "api/line-change-probe");

        // A critical Andon stops its work order inside the same transaction: an unknown one rolls the Andon back
        Http.Reply refused = http.post(
                "api/andon",
                JSON,
                "{\"failureType\":\"test_failure\",\"skuId\":\"" + sku + "\",\"workOrderId\":999999999}");
        line.triggerAndon(sku, "coverage_drop");

        assertThat(refused.status()).as(refused.body()).isBetween(400, 499);
        assertThat(seen(sku)).extracting(LineChangesIT::sourceAndKind).containsExactly("andon andon_triggered");
        assertThat(seen(sku)).singleElement().asString().contains("coverage_drop");
    }

    @Test
    void aHealthChangeAnnouncedOutsideATransactionIsObservedAtOnce() {
        http.post("api/health/components/check", JSON, "");
        http.send("DELETE", "api/line-change-probe");

        http.post("api/simulate/persistence", JSON, "{\"reachable\": false}");
        http.post("api/health/components/check", JSON, "");
        // No waiting: the observer ran on the checking thread before the check answered
        List<String> during = http.get("api/line-change-probe?containing=persistence")
                .jsonArray()
                .getValuesAs(JsonString::getString);
        http.send("DELETE", "api/simulate");
        http.post("api/health/components/check", JSON, "");

        assertThat(during)
                .singleElement()
                .asString()
                .startsWith("health health_changed HealthChanged[component=persistence, from=HEALTHY, to=UNHEALTHY");
        assertThat(seen("component=persistence"))
                .extracting(change -> change.substring(0, change.indexOf(", reason")))
                .containsExactly(
                        "health health_changed HealthChanged[component=persistence, from=HEALTHY, to=UNHEALTHY",
                        "health health_changed HealthChanged[component=persistence, from=UNHEALTHY, to=HEALTHY");
    }

    /**
     * The reconciliation re-reads the reports every 5 s anyway; a change shows well before, three times over, only if
     * its commit had them re-read.
     */
    @Test
    void theMetricsRereadTheReportsShortlyAfterAnAndonTpmOrKaizenChange() {
        JsonObject before = metrics();
        line.triggerAndon(sku, "coverage_drop");
        assertThat(within2Seconds(() -> metrics().getJsonObject("andon").getInt("openTotal")))
                .isEqualTo(before.getJsonObject("andon").getInt("openTotal") + 1);

        created(http.post("api/tpm/failures", JSON, "{\"component\":\"" + sku + "\",\"cause\":\"line change\"}"));
        assertThat(within2Seconds(() -> metrics().getJsonObject("tpm").getInt("failures")))
                .isEqualTo(before.getJsonObject("tpm").getInt("failures") + 1);

        created(http.post(
                "api/kaizen/proposals",
                JSON,
                "{\"title\":\"" + sku + "\",\"wasteType\":\"waiting\",\"description\":\"line change\"}"));
        assertThat(within2Seconds(() -> metrics().getJsonObject("kaizen").getInt("proposalsTotal")))
                .isEqualTo(before.getJsonObject("kaizen").getInt("proposalsTotal") + 1);
    }

    private JsonObject metrics() {
        return http.get("api/metrics/all").json();
    }

    /** The value once it changed from its first reading, or the last reading after two seconds. */
    private static int within2Seconds(Supplier<Integer> value) {
        int first = value.get();
        long deadline = System.nanoTime() + 2_000_000_000L;
        int current = first;
        while (current == first && System.nanoTime() < deadline) {
            sleep(50);
            current = value.get();
        }
        return current;
    }

    private List<String> seen(String containing) {
        // Observers run when the transaction completes, before the response is written; a little slack all the same
        List<String> seen = List.of();
        for (int i = 0; i < 20; i++) {
            seen = http.get("api/line-change-probe?containing=" + containing)
                    .jsonArray()
                    .getValuesAs(JsonString::getString);
            if (!seen.isEmpty()) {
                sleep(100);
                return http.get("api/line-change-probe?containing=" + containing)
                        .jsonArray()
                        .getValuesAs(JsonString::getString);
            }
            sleep(100);
        }
        return seen;
    }

    private static String sourceAndKind(String change) {
        String[] words = change.split(" ", 3);
        return words[0] + " " + words[1];
    }

    private static void ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static void created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isIn(200, 201);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
