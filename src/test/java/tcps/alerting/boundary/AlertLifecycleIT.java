package tcps.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.boundary.AlertRulesClient.inState;
import static tcps.alerting.boundary.AlertRulesClient.uniqueId;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import tcps.TcpsDeployment;
import tcps.TestKeys;

/**
 * An alert's life: pending for its {@code for}, firing (marked simulated when a simulation caused it), acknowledged,
 * resolved when its condition clears or by hand; held back by its cooldown; one alert per fingerprint however many
 * evaluations run at once; shown wherever alerts belong.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertLifecycleIT {

    @ArquillianResource
    URL deployment;

    private Http http;
    private AlertRulesClient alerts;
    private final List<String> rules = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        alerts = new AlertRulesClient(http);
        alerts.clearSimulations();
    }

    @AfterEach
    void cleanUp() {
        alerts.clearSimulations();
        rules.forEach(alerts::delete);
    }

    private String rule(String severity, String component, long forSeconds, long cooldownSeconds) {
        String id = uniqueId("lifecycle");
        alerts.onSimulation(id, severity, component, forSeconds, cooldownSeconds);
        rules.add(id);
        return id;
    }

    @Test
    void firesOnTheChangeIsAcknowledgedAndResolvesWhenTheConditionClears() throws Exception {
        String rule = rule("warning", "tpm", 0, 0);
        alerts.simulate();
        JsonObject fired = alerts.awaitAlert(rule, inState("firing"));
        assertThat(fired.getBoolean("simulated")).isTrue();
        assertThat(fired.getJsonNumber("value").doubleValue()).isEqualTo(2e9);
        assertThat(fired.getString("message")).isEqualTo("MTTR is 2000000000 s");
        long id = fired.getJsonNumber("id").longValue();

        // Everywhere alerts belong: the active list, the health report, the dashboard, the Prometheus series
        assertThat(ids(alerts.active())).contains(id);
        assertThat(ids(http.get("api/health/components").json().getJsonArray("alerts")))
                .contains(id);
        assertThat(ids(http.get("api/dashboard").json().getJsonArray("alerts"))).contains(id);
        assertThat(http.get("api/metrics/prometheus").body())
                .contains("tcps_alerts_active{severity=\"warning\",rule=\"" + rule + "\"} 1")
                .contains("tcps_alerts_fired_total{rule=\"" + rule + "\"} 1");

        assertThat(http.as(TestKeys.viewer())
                        .post("api/alerts/" + id + "/acknowledge", "application/json", "{}")
                        .status())
                .isEqualTo(403);
        Http.Reply acknowledged = http.as(TestKeys.operator())
                .post("api/alerts/" + id + "/acknowledge", "application/json", "{\"comment\":\"on it\"}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.json().getString("state")).isEqualTo("acknowledged");
        assertThat(acknowledged.json().getString("acknowledgedBy")).isNotBlank().isNotEqualTo("anonymous");
        assertThat(http.post("api/alerts/" + id + "/acknowledge", "application/json", "{}")
                        .status())
                .as("acknowledged once")
                .isEqualTo(409);

        alerts.clearSimulations();
        JsonObject resolved = alerts.awaitAlert(rule, inState("resolved"));
        assertThat(resolved.getJsonNumber("id").longValue()).isEqualTo(id);
        assertThat(resolved.getString("resolvedBy")).isEqualTo("rule");
        assertThat(ids(alerts.active())).doesNotContain(id);

        List<String> steps =
                http.get("api/alerts/" + id).json().getJsonArray("history").getValuesAs(JsonObject.class).stream()
                        .map(step -> step.getString("to"))
                        .toList();
        assertThat(steps).containsExactly("pending", "firing", "acknowledged", "resolved");
    }

    @Test
    void staysPendingForItsForDuration() throws Exception {
        String rule = rule("warning", "tpm", 2, 0);
        alerts.simulate();
        JsonObject pending = alerts.awaitAlert(rule, inState("pending"));
        Thread.sleep(1000);
        http.post("api/alerts/check", "application/json", "");
        assertThat(alerts.alertsOf(rule).get(0).getString("state")).isEqualTo("pending");
        Thread.sleep(1300);
        http.post("api/alerts/check", "application/json", "");
        JsonObject fired = alerts.awaitAlert(rule, inState("firing"));
        assertThat(fired.getJsonNumber("id").longValue())
                .isEqualTo(pending.getJsonNumber("id").longValue());
    }

    @Test
    void aConditionThatClearsWhilePendingEndsAnAlertThatNeverFired() throws Exception {
        String rule = rule("warning", "tpm", 3600, 0);
        alerts.simulate();
        alerts.awaitAlert(rule, inState("pending"));
        alerts.clearSimulations();
        JsonObject ended = alerts.awaitAlert(rule, inState("resolved"));
        assertThat(ended.containsKey("triggeredAt")).isFalse();
        assertThat(http.get("api/metrics/prometheus").body()).doesNotContain("tcps_alerts_fired_total{rule=\"" + rule);
    }

    @Test
    void aCooldownHoldsTheNextFiringBack() throws Exception {
        String rule = rule("warning", "tpm", 0, 3600);
        alerts.simulate();
        alerts.awaitAlert(rule, inState("firing"));
        alerts.clearSimulations();
        alerts.awaitAlert(rule, inState("resolved"));
        alerts.simulate();
        JsonObject again = alerts.awaitAlert(rule, inState("pending"));
        http.post("api/alerts/check", "application/json", "");
        assertThat(alerts.alertsOf(rule)).hasSize(2);
        assertThat(alerts.alertsOf(rule).get(0).getString("state"))
                .as("within the cooldown")
                .isEqualTo("pending");
        assertThat(again.containsKey("triggeredAt")).isFalse();
    }

    @Test
    void aManualResolveEndsTheAlertAndAHoldingConditionOpensANewOne() throws Exception {
        String rule = rule("warning", "tpm", 0, 0);
        alerts.simulate();
        long first =
                alerts.awaitAlert(rule, inState("firing")).getJsonNumber("id").longValue();
        Http.Reply resolved = http.as(TestKeys.operator())
                .post("api/alerts/" + first + "/resolve", "application/json", "{\"comment\":\"fixed by hand\"}");
        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().getString("state")).isEqualTo("resolved");
        assertThat(http.post("api/alerts/" + first + "/resolve", "application/json", "{}")
                        .status())
                .isEqualTo(409);
        http.post("api/alerts/check", "application/json", "");
        JsonObject next = alerts.awaitAlert(rule, inState("firing"));
        assertThat(next.getJsonNumber("id").longValue()).isNotEqualTo(first);
        assertThat(next.getString("fingerprint")).isEqualTo(resolved.json().getString("fingerprint"));
    }

    @Test
    void concurrentEvaluationsOpenOneAlertPerFingerprint() throws Exception {
        String rule = uniqueId("concurrent");
        // Created disabled, so that no evaluation has seen it before the concurrent ones
        Http.Reply created = http.post(
                "api/alert-rules",
                "application/json",
                "{\"id\":\"" + rule + "\",\"name\":\""
                        + rule + "\",\"component\":\"kanban\",\"severity\":\"info\",\"enabled\":false,"
                        + "\"condition\":{\"metric\":\"tcps_kanban_wip_limit\",\"operator\":\">\",\"threshold\":0}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        rules.add(rule);
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            calls.add(() -> http.post("api/alert-rules/" + rule + "/enable", "application/json", "")
                    .status());
            for (int i = 0; i < 31; i++) {
                calls.add(() ->
                        http.post("api/alerts/check", "application/json", "").status());
            }
            for (Future<Integer> status : pool.invokeAll(calls)) {
                assertThat(status.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }
        List<JsonObject> opened = alerts.alertsOf(rule);
        assertThat(opened).isNotEmpty();
        // One alert per bucket (its label set), never two for one fingerprint
        assertThat(opened.stream().map(a -> a.getString("fingerprint")).toList())
                .doesNotHaveDuplicates();
        assertThat(opened).allSatisfy(a -> assertThat(a.getString("state")).isEqualTo("firing"));
    }

    @Test
    void anExternalSystemRaisesAndEndsItsAlert() {
        String name = uniqueId("deploy-failed");
        String body = "{\"rule\":\"" + name + "\",\"severity\":\"critical\",\"component\":\"deployments\","
                + "\"message\":\"Deployment of checkout failed\",\"labels\":{\"pipeline\":\"checkout\"}}";
        assertThat(http.as(TestKeys.viewer())
                        .post("api/alerts", "application/json", body)
                        .status())
                .isEqualTo(403);
        Http.Reply raised = http.as(TestKeys.operator()).post("api/alerts", "application/json", body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        JsonObject alert = raised.json();
        assertThat(alert.getString("state")).isEqualTo("firing");
        assertThat(alert.getString("origin")).isEqualTo("api");
        assertThat(alert.getString("message")).isEqualTo("Deployment of checkout failed");
        assertThat(alert.getJsonObject("labels").getString("pipeline")).isEqualTo("checkout");
        Http.Reply again = http.post("api/alerts", "application/json", body);
        assertThat(again.json().getJsonNumber("id")).as("the same alert").isEqualTo(alert.getJsonNumber("id"));
        Http.Reply ended = http.post(
                "api/alerts", "application/json", body.replace("}}", "},\"endsAt\":\"2020-01-01T00:00:00Z\"}"));
        assertThat(ended.json().getString("state")).isEqualTo("resolved");
    }

    @Test
    void historyFiltersAndPages() {
        assertThat(http.get("api/alerts/history?state=bogus").status()).isEqualTo(400);
        assertThat(http.get("api/alerts/history?from=2026-13-01").status()).isEqualTo(400);
        assertThat(http.get("api/alerts/history?limit=0").status()).isEqualTo(400);
        JsonObject page =
                http.get("api/alerts/history?severity=critical&limit=2").json();
        assertThat(page.getInt("limit")).isEqualTo(2);
        assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(2);
        page.getJsonArray("items").getValuesAs(JsonObject.class).forEach(a -> assertThat(a.getString("severity"))
                .isEqualTo("critical"));
        assertThat(http.get("api/alerts/999999999").status()).isEqualTo(404);
    }

    private static List<Long> ids(jakarta.json.JsonArray array) {
        return array.getValuesAs(JsonObject.class).stream()
                .map(a -> a.getJsonNumber("id").longValue())
                .toList();
    }
}
