package tcps.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.boundary.AlertRulesClient.inState;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tcps.Http;
import tcps.OwnServer;

/**
 * Alert state survives {@code kill -9}: on a server of the test's own (embedded H2 on disk), an alert firing before
 * the crash is the same alert after it, with no second "fired"; an alert whose condition went away with the crash (a
 * simulation lives in memory only) is resolved once, at the first evaluation after the start.
 */
class AlertRestartIT {

    private static final String JSON = "application/json";
    private OwnServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aFiringAlertIsTheSameAlertAfterACrashAndAGoneConditionResolvesOnce() throws Exception {
        server = OwnServer.start("alert-restart", List.of(), List.of());
        Http http = server.admin();
        AlertRulesClient alerts = new AlertRulesClient(http);
        Http.Reply rule = http.post(
                "api/alert-rules",
                JSON,
                "{\"id\":\"critical-andon-open\",\"name\":\"Critical Andon open\","
                        + "\"component\":\"andon\",\"severity\":\"critical\",\"condition\":{\"metric\":\"tcps_andon_events_by_severity\","
                        + "\"operator\":\">\",\"threshold\":0,\"matchers\":[{\"name\":\"severity\",\"value\":\"critical\"}]}}");
        assertThat(rule.status()).as(rule.body()).isEqualTo(201);
        alerts.onSimulation("simulated-mttr", "warning", "tpm", 0, 0);

        Http.Reply andon =
                http.post("api/andon", JSON, "{\"failureType\":\"shacl_violation\",\"skuId\":\"SKU-restart\"}");
        assertThat(andon.status()).as(andon.body()).isEqualTo(201);
        alerts.simulate();
        JsonObject firing = alerts.awaitAlert("critical-andon-open", inState("firing"));
        JsonObject simulated = alerts.awaitAlert("simulated-mttr", inState("firing"));

        server = server.crashAndRestart();
        http = server.admin();
        alerts = new AlertRulesClient(http);

        // The simulation died with the process: its alert resolves at the first evaluation, once
        JsonObject resolved = alerts.awaitAlert("simulated-mttr", inState("resolved"));
        assertThat(resolved.getJsonNumber("id")).isEqualTo(simulated.getJsonNumber("id"));
        assertThat(steps(http, resolved)).containsExactly("pending", "firing", "resolved");

        // The Andon is still open: the same alert, still firing, fired once
        http.post("api/alerts/check", JSON, "");
        List<JsonObject> andonAlerts = alerts.alertsOf("critical-andon-open");
        assertThat(andonAlerts).hasSize(1);
        assertThat(andonAlerts.get(0).getJsonNumber("id")).isEqualTo(firing.getJsonNumber("id"));
        assertThat(andonAlerts.get(0).getString("state")).isEqualTo("firing");
        assertThat(steps(http, andonAlerts.get(0))).containsExactly("pending", "firing");
        assertThat(http.get("api/metrics/prometheus").body())
                .contains("tcps_alerts_fired_total{rule=\"Critical Andon open\"} 1");

        long andonId = andon.json().getJsonNumber("id").longValue();
        assertThat(http.post(
                                "api/andon/" + andonId + "/resolve",
                                JSON,
                                "{\"rootCause\":\"shape\",\"fixApplied\":\"fixed\","
                                        + "\"preventionAdded\":\"test\",\"resolver\":\"ops\"}")
                        .status())
                .isEqualTo(200);
        JsonObject ended = alerts.awaitAlert("critical-andon-open", inState("resolved"));
        assertThat(steps(http, ended)).containsExactly("pending", "firing", "resolved");
    }

    private static List<String> steps(Http http, JsonObject alert) {
        return http
                .get("api/alerts/" + alert.getJsonNumber("id"))
                .json()
                .getJsonArray("history")
                .getValuesAs(JsonObject.class)
                .stream()
                .map(step -> step.getString("to"))
                .toList();
    }
}
