package tcps.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/** Rules as data: the seven defaults, create, read, change (versioned), disable, delete; invalid conditions refused. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertRulesIT {

    @ArquillianResource
    URL deployment;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
    }

    @Test
    void theSevenDefaultsAreStoredLikeAnyRule() {
        List<JsonObject> rules = http.get("api/alert-rules").jsonArray().getValuesAs(JsonObject.class);
        assertThat(rules.stream().filter(r -> r.getBoolean("builtin")).map(r -> r.getString("id")))
                .contains(
                        "critical-andon-open-too-long",
                        "wip-limit-exceeded",
                        "sla-breach-imminent",
                        "high-quality-gate-failure-rate",
                        "defect-rate-exceeds-threshold",
                        "lead-time-anomaly",
                        "tpm-maintenance-overdue");
        JsonObject sla = http.get("api/alert-rules/sla-breach-imminent").json();
        assertThat(sla.getJsonObject("condition").getString("metric")).isEqualTo("tcps_production_lead_time_p90");
        assertThat(sla.getJsonObject("condition").getJsonNumber("threshold").doubleValue())
                .isEqualTo(6_840_000.0);
        assertThat(sla.getInt("cooldownSeconds")).isEqualTo(1800);
        Http.Reply deleted = http.send("DELETE", "api/alert-rules/sla-breach-imminent");
        assertThat(deleted.status()).as("a default is disabled, not deleted").isEqualTo(409);
    }

    @Test
    void anAdminCreatesChangesDisablesAndDeletesARule() {
        String id = AlertRulesClient.uniqueId("crud");
        String body = "{\"id\":\"" + id + "\",\"name\":\"Deployments failing\",\"component\":\"quality\","
                + "\"severity\":\"warning\",\"condition\":{\"expression\":"
                + "\"tcps_quality_deployment_success_rate < 0.99 && tcps_quality_gate_results > 0\"},"
                + "\"forSeconds\":60,\"cooldownSeconds\":600,\"labels\":{\"team\":\"release\"},"
                + "\"annotations\":{\"summary\":\"Deployments succeed {{ $value }}\",\"runbook_url\":\"https://runbooks.example/deploy\"}}";
        assertThat(http.as(TestKeys.operator())
                        .post("api/alert-rules", "application/json", body)
                        .status())
                .isEqualTo(403);
        Http.Reply created = http.post("api/alert-rules", "application/json", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().getInt("version")).isEqualTo(1);
        assertThat(http.get("api/alert-rules/" + id)
                        .json()
                        .getJsonObject("labels")
                        .getString("team"))
                .isEqualTo("release");
        assertThat(http.post("api/alert-rules", "application/json", body).status())
                .as("same id")
                .isEqualTo(409);

        String changed = body.replace("\"warning\"", "\"critical\"").replaceFirst("\\}$", ",\"version\":1}");
        Http.Reply updated = http.put("api/alert-rules/" + id, "application/json", changed);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().getString("severity")).isEqualTo("critical");
        assertThat(updated.json().getInt("version")).isEqualTo(2);
        Http.Reply stale = http.put("api/alert-rules/" + id, "application/json", changed);
        assertThat(stale.status()).as("version 1 is stale").isEqualTo(409);

        assertThat(http.post("api/alert-rules/" + id + "/disable", "application/json", "")
                        .json()
                        .getBoolean("enabled"))
                .isFalse();
        assertThat(http.post("api/alert-rules/" + id + "/enable", "application/json", "")
                        .json()
                        .getBoolean("enabled"))
                .isTrue();
        assertThat(http.send("DELETE", "api/alert-rules/" + id).status()).isEqualTo(204);
        assertThat(http.get("api/alert-rules/" + id).status()).isEqualTo(404);
    }

    @Test
    void anInvalidConditionIsRefusedNamingWhereAndNothingIsStored() {
        int before = http.get("api/alert-rules").jsonArray().size();
        Http.Reply syntax = create("{\"expression\":\"tcps_quality_defect_rate > \"}");
        assertThat(syntax.status()).isEqualTo(400);
        assertThat(syntax.contentType()).startsWith("application/problem+json");
        assertThat(syntax.json().getString("detail")).startsWith("Invalid expression at line 1, column 28");
        assertThat(syntax.json().getJsonArray("errors").getJsonObject(0).getString("field"))
                .isEqualTo("expression");

        assertThat(create("{\"expression\":\"tcps_quality_defect_rate > 0.1 && tcps_no_such_metric > 1\"}")
                        .json()
                        .getString("detail"))
                .contains("column 35")
                .contains("tcps_no_such_metric");
        assertThat(create("{\"expression\":\"tcps_quality_defect_rate + 1.0\"}").status())
                .isEqualTo(400);
        assertThat(create("{\"expression\":\"java.lang.Runtime.getRuntime() != null\"}")
                        .status())
                .isEqualTo(400);
        assertThat(create("{\"metric\":\"tcps_no_such_metric\",\"operator\":\">\",\"threshold\":1}")
                        .json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("field"))
                .isEqualTo("metric");
        assertThat(create("{\"metric\":\"tcps_quality_defect_rate\",\"operator\":\"~\",\"threshold\":1}")
                        .status())
                .isEqualTo(400);
        assertThat(create("{\"metric\":\"tcps_quality_defect_rate\",\"operator\":\">\",\"threshold\":1,"
                                + "\"expression\":\"tcps_quality_defect_rate > 1.0\"}")
                        .status())
                .as("one kind of condition")
                .isEqualTo(400);
        assertThat(create("{\"metric\":\"tcps_quality_defect_rate\",\"operator\":\">\",\"threshold\":1,"
                                + "\"matchers\":[{\"name\":\"bucket\",\"type\":\"=~\",\"value\":\"([\"}]}")
                        .status())
                .isEqualTo(400);
        assertThat(http.get("api/alert-rules").jsonArray().size()).isEqualTo(before);
    }

    private Http.Reply create(String condition) {
        return http.post(
                "api/alert-rules",
                "application/json",
                "{\"name\":\"" + AlertRulesClient.uniqueId("invalid") + "\",\"component\":\"quality\","
                        + "\"severity\":\"warning\",\"condition\":" + condition + "}");
    }
}
