package tcps.simulation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URL;
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

/** Simulated failures reach the metrics (JSON, Prometheus, the health report's metrics) marked, and leave with them. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SimulatedMetricsIT {

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
        http.send("DELETE", "api/simulate");
    }

    @AfterEach
    void clearSimulations() {
        http.send("DELETE", "api/simulate");
    }

    @Test
    void simulatedFiguresStandInForTheRealOnesMarkedUntilCleared() {
        double realUtilization = kanban().getJsonNumber("utilization").doubleValue();
        long realCritical = http.get("api/metrics/andon")
                .json()
                .getJsonNumber("openCritical")
                .longValue();
        JsonObject realOverview = overview();
        double realScore = realOverview.getJsonNumber("systemHealthScore").doubleValue();
        // Uptime moved far from the line's own (which earlier tests may have left low), so the score must follow
        boolean lowered = realOverview.getJsonNumber("uptime").doubleValue() >= 0.5;
        String uptime = lowered ? "0.0" : "1.0";

        simulate("kanban", "{\"wip_over_limit\": true, \"utilization\": 0.95}");
        simulate("andon", "{\"critical_open\": true, \"open_duration\": 3600000}");
        simulate("production", "{\"lead_time_p90\": 7500000}");
        simulate("tpm", "{\"uptime\": " + uptime + "}");

        JsonObject kanban = kanban();
        assertThat(kanban.getJsonNumber("utilization").doubleValue()).isEqualTo(0.95);
        assertThat(strings(kanban, "simulated")).containsExactly("utilization", "wip_over_limit");
        JsonObject andon = http.get("api/metrics/andon").json();
        assertThat(andon.getJsonNumber("openCritical").longValue()).isEqualTo(Math.max(1, realCritical));
        assertThat(strings(andon, "simulated")).containsExactly("critical_open", "open_duration");
        assertThat(andon.getJsonNumber("oldestCriticalOpenMs").longValue()).isEqualTo(3_600_000L);
        JsonObject production = http.get("api/metrics/production").json();
        assertThat(production.getJsonNumber("leadTimeP90Ms").longValue()).isEqualTo(7_500_000L);
        JsonObject all = http.get("api/metrics/all").json();
        assertThat(strings(all, "simulated"))
                .containsExactlyInAnyOrder(
                        "kanban.utilization",
                        "kanban.wip_over_limit",
                        "andon.critical_open",
                        "andon.open_duration",
                        "production.lead_time_p90",
                        "tpm.uptime");
        // Simulated uptime weighs on the health score as real uptime would
        JsonObject overview = overview();
        assertThat(overview.getJsonNumber("uptime").doubleValue()).isEqualTo(Double.parseDouble(uptime));
        double score = overview.getJsonNumber("systemHealthScore").doubleValue();
        if (lowered) {
            assertThat(score).isLessThan(realScore);
        } else {
            assertThat(score).isGreaterThan(realScore);
        }
        assertThat(strings(overview, "simulated"))
                .containsExactlyInAnyOrder("andon.critical_open", "production.lead_time_p90", "tpm.uptime");
        JsonObject report = http.get("api/health/components").json();
        assertThat(report.getBoolean("simulated")).isTrue();
        assertThat(report.getJsonObject("metrics")
                        .getJsonNumber("openCriticalAndons")
                        .longValue())
                .isEqualTo(Math.max(1, realCritical));
        String prometheus = http.get("api/metrics/prometheus").body();
        assertThat(prometheus)
                .contains("tcps_kanban_utilization{simulated=\"true\"} 0.95")
                .contains("tcps_production_lead_time_p90{simulated=\"true\"} 7500000")
                .containsPattern("tcps_andon_events_by_severity\\{severity=\"critical\",simulated=\"true\"\\} \\d")
                .containsPattern("tcps_tpm_uptime\\{simulated=\"true\"\\} " + (lowered ? "0" : "1"))
                .contains("tcps_andon_critical_oldest_open_seconds{simulated=\"true\"} 3600")
                .containsPattern("tcps_kanban_bucket_over_limit\\{bucket=\"[a-z-]+\",simulated=\"true\"\\} 1")
                .contains("tcps_simulated_figures 6");

        http.send("DELETE", "api/simulate");

        kanban = kanban();
        assertThat(kanban.getJsonNumber("utilization").doubleValue()).isEqualTo(realUtilization);
        assertThat(strings(kanban, "simulated")).isEmpty();
        assertThat(strings(http.get("api/metrics/all").json(), "simulated")).isEmpty();
        assertThat(http.get("api/metrics/prometheus").body())
                .doesNotContain("simulated=\"true\"")
                .contains("tcps_simulated_figures 0");
    }

    @Test
    void aParameterWithoutAMetricReachesHealthOnly() {
        simulate("kanban", "{\"stalled_pull\": true}");

        assertThat(strings(kanban(), "simulated")).isEmpty();
        JsonObject component = http.get("api/health/components/kanban").json();
        assertThat(component.getString("status")).isEqualTo("unhealthy");
        assertThat(strings(component, "simulatedParameters")).containsExactly("stalled_pull");
    }

    private void simulate(String component, String body) {
        assertThat(http.post("api/simulate/" + component, "application/json", body)
                        .status())
                .isEqualTo(200);
    }

    private JsonObject kanban() {
        return http.get("api/metrics/kanban").json();
    }

    private JsonObject overview() {
        return http.get("api/metrics/overview").json();
    }

    private static java.util.List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
