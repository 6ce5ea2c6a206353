package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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
import tcps.metrics.control.DesignedSeries;

/**
 * The health design document's examples, played as written against the running product: emit_metric,
 * simulate_failure, health_check, the Andon for a SHACL violation and the Prometheus names, translated only from Erlang
 * terms to JSON (atoms as strings, maps as objects, field names as written).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthDocumentExamplesIT {

    private static final String JSON = "application/json";

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

    /**
     * Health document, "Prometheus" example output, and the dashboard document's "Prometheus Metrics Exported": every
     * name is a metric family of the scrape. Counters (tcps_work_orders_completed is one there) may carry the _total
     * suffix the text format's rules (promtool's) give a counter's family.
     */
    @Test
    void prometheusMetricNames() {
        String scrape = http.get("api/metrics/prometheus", "text/plain").body();

        for (String series : DesignedSeries.NAMES) {
            assertThat(scrape)
                    .as(series)
                    .containsPattern("(?m)^# TYPE " + series + " (gauge|counter)$")
                    .containsPattern(DesignedSeries.sampleLine(series));
        }
        assertThat(scrape).containsPattern("(?m)^tcps_kanban_wip\\{bucket=\"reliability\"\\} \\d+$");
    }

    /** Health document, "Metric Emission" (and "OpenTelemetry Integration"): the four emit_metric calls. */
    @Test
    void emitMetric() {
        // tcps_health:emit_metric(counter, work_orders_completed, 1, #{bucket => reliability}).
        JsonObject counter = emit(
                """
                {"type": "counter", "name": "work_orders_completed", "value": 1,
                 "tags": {"bucket": "reliability"}}""");
        // tcps_health:emit_metric(gauge, wip_current, 5, #{bucket => security}).
        JsonObject gauge = emit(
                """
                {"type": "gauge", "name": "wip_current", "value": 5, "tags": {"bucket": "security"}}""");
        // tcps_health:emit_metric(histogram, lead_time, Duration, #{sku_id => <<"SKU-123">>, stage => compilation}).
        JsonObject histogram = emit(
                """
                {"type": "histogram", "name": "lead_time", "value": 3600000,
                 "tags": {"sku_id": "SKU-123", "stage": "compilation"}}""");
        // tcps_health:emit_metric(summary, defect_rate, 0.02, #{time_period => daily}).
        JsonObject summary = emit(
                """
                {"type": "summary", "name": "defect_rate", "value": 0.02, "tags": {"time_period": "daily"}}""");

        assertThat(counter.getJsonNumber("sum").doubleValue()).isEqualTo(1.0);
        assertThat(gauge.getJsonNumber("last").doubleValue()).isEqualTo(5.0);
        assertThat(histogram.getJsonNumber("sum").doubleValue()).isEqualTo(3_600_000.0);
        assertThat(summary.getString("type")).isEqualTo("summary");
        assertThat(summary.getJsonNumber("last").doubleValue()).isEqualTo(0.02);

        Http.Reply scrape = http.get("api/metrics/prometheus", "text/plain");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(List.of(scrape.body().split("\n")))
                .contains(
                        "# TYPE work_orders_completed_total counter",
                        "work_orders_completed_total{bucket=\"reliability\"} 1",
                        "# TYPE wip_current gauge",
                        "wip_current{bucket=\"security\"} 5",
                        "# TYPE lead_time histogram",
                        "lead_time_bucket{sku_id=\"SKU-123\",stage=\"compilation\",le=\"5000000\"} 1",
                        "lead_time_bucket{sku_id=\"SKU-123\",stage=\"compilation\",le=\"+Inf\"} 1",
                        "lead_time_sum{sku_id=\"SKU-123\",stage=\"compilation\"} 3600000",
                        "lead_time_count{sku_id=\"SKU-123\",stage=\"compilation\"} 1",
                        "# TYPE defect_rate summary",
                        "defect_rate{time_period=\"daily\",quantile=\"0.5\"} 0.02",
                        "defect_rate{time_period=\"daily\",quantile=\"0.9\"} 0.02",
                        "defect_rate{time_period=\"daily\",quantile=\"0.99\"} 0.02",
                        "defect_rate_sum{time_period=\"daily\"} 0.02",
                        "defect_rate_count{time_period=\"daily\"} 1");
    }

    /**
     * Health document, "Health Checks" (tcps_health:health_check()) and "Troubleshooting"
     * (tcps_health:component_health(kanban)): the overall status, every component with its details, metrics, alerts
     * and the time of the check.
     */
    @Test
    void healthCheckAndComponentHealth() {
        JsonObject result = ok("api/health/components");

        assertThat(result.getString("status")).isIn("healthy", "degraded", "unhealthy");
        JsonObject components = result.getJsonObject("components");
        assertThat(components).containsKeys("kanban", "andon", "tpm");
        assertThat(components.getJsonObject("kanban").getJsonObject("details"))
                .containsKeys("wip_current", "utilization");
        assertThat(components.getJsonObject("andon").getJsonObject("details")).containsKeys("open_andons", "critical");
        assertThat(components.getJsonObject("tpm").getJsonObject("details")).containsKeys("uptime", "compliance");
        assertThat(result.getJsonObject("metrics")).isNotEmpty();
        assertThat(result.getJsonArray("alerts")).isNotNull();
        assertThat(result.getString("timestamp")).isNotBlank();

        JsonObject kanban = ok("api/health/components/kanban");
        assertThat(kanban.getString("component")).isEqualTo("kanban");
        assertThat(kanban.getString("status")).isIn("healthy", "degraded", "unhealthy");
        assertThat(kanban.getJsonObject("details")).containsKey("wip_current");
    }

    /** Health document, "Simulating Failures": the three simulate_failure calls. */
    @Test
    void simulateFailure() {
        // tcps_health:simulate_failure(kanban, #{wip_over_limit => true, utilization => 0.95}).
        JsonObject kanban = simulate("kanban", """
                {"wip_over_limit": true, "utilization": 0.95}""");
        // tcps_health:simulate_failure(andon, #{critical_open => true, open_duration => 3600000}).
        JsonObject andon = simulate("andon", """
                {"critical_open": true, "open_duration": 3600000}""");
        // tcps_health:simulate_failure(production, #{lead_time_p90 => 7500000}).
        JsonObject production = simulate("production", """
                {"lead_time_p90": 7500000}""");

        assertThat(kanban.getJsonObject("parameters")
                        .getJsonNumber("utilization")
                        .doubleValue())
                .isEqualTo(0.95);
        assertThat(kanban.getJsonObject("parameters")
                        .getJsonNumber("wip_over_limit")
                        .doubleValue())
                .isEqualTo(1.0);
        assertThat(andon.getJsonObject("parameters")
                        .getJsonNumber("open_duration")
                        .longValue())
                .isEqualTo(3_600_000L);
        assertThat(production.getString("component")).isEqualTo("production");
        assertThat(ok("api/metrics/kanban").getJsonNumber("utilization").doubleValue())
                .isEqualTo(0.95);
        assertThat(ok("api/metrics/andon").getJsonNumber("openCritical").longValue())
                .isPositive();
        assertThat(ok("api/metrics/production").getJsonNumber("leadTimeP90Ms").longValue())
                .isEqualTo(7_500_000L);
        assertThat(http.get("api/simulate").jsonArray()).hasSize(3);
    }

    /** Health document, "Andon Integration": tcps_andon:trigger_andon(shacl_violation, #{...}). */
    @Test
    void triggerAndonForAShaclViolation() {
        JsonObject triggered = command(
                """
                {
                  "type": "trigger_andon",
                  "data": {
                    "failure_type": "shacl_violation",
                    "sku_id": "SKU-123",
                    "stage": "validation",
                    "details": {"violation": "Missing required field"}
                  }
                }""",
                "andon_triggered");

        long id = triggered.getJsonObject("result").getJsonNumber("andon_id").longValue();
        JsonObject andon = ok("api/andon/" + id);
        assertThat(andon.getString("failureType")).isEqualTo("shacl_violation");
        assertThat(andon.getString("stage")).isEqualTo("validation");
        assertThat(andon.getString("severity")).isEqualTo("CRITICAL");
        assertThat(andon.getString("status")).isEqualTo("OPEN");
        assertThat(andon.getJsonObject("details").getString("violation")).isEqualTo("Missing required field");
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

    private JsonObject emit(String body) {
        Http.Reply reply = http.post("api/metrics/custom", JSON, body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject simulate(String component, String parameters) {
        Http.Reply reply = http.post("api/simulate/" + component, JSON, parameters);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private JsonObject ok(String path) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).as(path + ": " + reply.body()).isEqualTo(200);
        return reply.json();
    }
}
