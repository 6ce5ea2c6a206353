package tcps.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.boundary.AlertRulesClient.inState;
import static tcps.alerting.boundary.AlertRulesClient.uniqueId;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
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
import tcps.TcpsDeployment;
import tcps.TestKeys;

/** Silences and inhibition decide what is notified, never what is recorded. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SilencesIT {

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

    @Test
    void aSilenceMarksTheAlertsItMatchesUntilItExpires() throws Exception {
        String rule = uniqueId("silenced");
        alerts.onSimulation(rule, "warning", "tpm", 0, 0);
        rules.add(rule);
        alerts.simulate();
        long id = alerts.awaitAlert(rule, inState("firing")).getJsonNumber("id").longValue();

        String silence = "{\"matchers\":[{\"name\":\"rule\",\"value\":\"" + rule + "\"}],\"endsAt\":\""
                + Instant.now().plusSeconds(3600) + "\",\"comment\":\"maintenance window\"}";
        assertThat(http.as(TestKeys.viewer())
                        .post("api/silences", "application/json", silence)
                        .status())
                .isEqualTo(403);
        Http.Reply created = http.as(TestKeys.operator()).post("api/silences", "application/json", silence);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String silenceId = created.json().getString("id");
        assertThat(created.json().getString("state")).isEqualTo("active");
        assertThat(created.json().getString("createdBy")).isNotBlank();

        JsonObject silenced = alerts.awaitAlert(rule, a -> silenceId.equals(a.getString("silencedBy", null)));
        assertThat(silenced.getString("state"))
                .as("still recorded, still firing")
                .isEqualTo("firing");
        assertThat(silenced.getJsonNumber("id").longValue()).isEqualTo(id);

        Http.Reply expired = http.as(TestKeys.operator()).send("DELETE", "api/silences/" + silenceId);
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.json().getString("state")).isEqualTo("expired");
        alerts.awaitAlert(rule, a -> !a.containsKey("silencedBy"));
        assertThat(http.send("DELETE", "api/silences/" + silenceId).status())
                .as("expired once")
                .isEqualTo(409);
        assertThat(http.get("api/silences/" + silenceId).json().getString("state"))
                .isEqualTo("expired");
    }

    @Test
    void aSilenceThatEndsOnTimeStopsMuting() throws Exception {
        String rule = uniqueId("short-silence");
        alerts.onSimulation(rule, "info", "tpm", 0, 0);
        rules.add(rule);
        alerts.simulate();
        alerts.awaitAlert(rule, inState("firing"));
        Http.Reply created = http.post(
                "api/silences",
                "application/json",
                "{\"matchers\":[{\"name\":\"rule\",\"value\":\"" + rule + "\"}],\"endsAt\":\""
                        + Instant.now().plusSeconds(2) + "\"}");
        String silenceId = created.json().getString("id");
        alerts.awaitAlert(rule, a -> silenceId.equals(a.getString("silencedBy", null)));
        Thread.sleep(2500);
        http.post("api/alerts/check", "application/json", "");
        alerts.awaitAlert(rule, a -> !a.containsKey("silencedBy"));
        assertThat(http.get("api/silences/" + silenceId).json().getString("state"))
                .isEqualTo("expired");
    }

    @Test
    void invalidSilencesAreRefusedAndNothingIsStored() {
        int before = http.get("api/silences").jsonArray().size();
        String later = Instant.now().plusSeconds(60).toString();
        assertThat(http.post("api/silences", "application/json", "{\"matchers\":[],\"endsAt\":\"" + later + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(
                                "api/silences",
                                "application/json",
                                "{\"matchers\":[{\"name\":\"rule\",\"value\":\"x\"}],\"endsAt\":\"2020-01-01T00:00:00Z\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.post(
                                "api/silences",
                                "application/json",
                                "{\"matchers\":[{\"name\":\"rule\",\"type\":\"=~\",\"value\":\".*\"}],\"endsAt\":\""
                                        + later + "\"}")
                        .json()
                        .getString("detail"))
                .contains("every alert");
        assertThat(http.post(
                                "api/silences",
                                "application/json",
                                "{\"matchers\":[{\"name\":\"rule\",\"type\":\"=~\",\"value\":\"([\"}],\"endsAt\":\""
                                        + later + "\"}")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("api/silences").jsonArray().size()).isEqualTo(before);
    }

    @Test
    void aFiringCriticalInhibitsTheWarningsOfItsComponent() throws Exception {
        String component = "inhibit" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        String critical = uniqueId("critical");
        String warning = uniqueId("warning");
        String elsewhere = uniqueId("elsewhere");
        alerts.onSimulation(critical, "critical", component, 0, 0);
        alerts.onSimulation(warning, "warning", component, 0, 0);
        alerts.onSimulation(elsewhere, "warning", component + "y", 0, 0);
        rules.addAll(List.of(critical, warning, elsewhere));
        alerts.simulate();
        long source = alerts.awaitAlert(critical, inState("firing"))
                .getJsonNumber("id")
                .longValue();
        JsonObject inhibited = alerts.awaitAlert(warning, a -> a.containsKey("inhibitedBy"));
        assertThat(inhibited.getJsonNumber("inhibitedBy").longValue()).isEqualTo(source);
        assertThat(inhibited.getString("state")).isEqualTo("firing");
        assertThat(alerts.awaitAlert(elsewhere, inState("firing")).containsKey("inhibitedBy"))
                .isFalse();
        assertThat(alerts.awaitAlert(critical, inState("firing")).containsKey("inhibitedBy"))
                .isFalse();

        alerts.delete(critical);
        http.post("api/alerts/check", "application/json", "");
        alerts.awaitAlert(warning, a -> !a.containsKey("inhibitedBy"));
    }
}
