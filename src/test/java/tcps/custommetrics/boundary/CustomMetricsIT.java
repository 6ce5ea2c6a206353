package tcps.custommetrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import tcps.metrics.boundary.Promtool;

/**
 * Custom metrics by REST, listed by the API, exposed at the server's /metrics and in the product's scrape beside the
 * built-in metrics. Names are unique per test.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CustomMetricsIT {

    static final String CUSTOM = "api/metrics/custom";

    @ArquillianResource
    URL deployment;

    private Http http;
    private String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        run = "it_" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String metric(String type, String name, Object value, Map<String, String> tags) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("name", name).add("type", type);
        if (value instanceof Number number) {
            body.add("value", Json.createValue(number.doubleValue()));
        } else if (value != null) {
            body.add("value", value.toString());
        }
        if (tags != null) {
            body.add("tags", Json.createObjectBuilder(Map.copyOf(tags)));
        }
        return body.build().toString();
    }

    private JsonObject emit(String type, String name, double value, Map<String, String> tags) {
        Http.Reply reply = http.post(CUSTOM, "application/json", metric(type, name, value, tags));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void recordsEveryTypeWithExactFigures() {
        emit("counter", run + "_jobs", 1, Map.of("bucket", "reliability", "stage", "testing"));
        JsonObject counter = emit("counter", run + "_jobs", 4, Map.of("stage", "testing", "bucket", "reliability"));
        emit("gauge", run + "_wip", 5, Map.of("bucket", "security"));
        JsonObject gauge = emit("gauge", run + "_wip", 3.5, Map.of("bucket", "security"));
        for (int value : new int[] {300, 100, 200}) {
            emit("histogram", run + "_lead_time", value, Map.of("sku_id", "SKU-123"));
        }
        JsonObject summary = emit("summary", run + "_defects", 2, Map.of("time_period", "daily"));

        assertThat(counter.getString("type")).isEqualTo("counter");
        assertThat(counter.getJsonNumber("count").longValue()).isEqualTo(2);
        assertThat(counter.getJsonNumber("sum").doubleValue()).isEqualTo(5.0);
        assertThat(counter.getJsonObject("tags")).containsOnlyKeys("bucket", "stage");
        assertThat(gauge.getJsonNumber("last").doubleValue()).isEqualTo(3.5);
        assertThat(summary.getString("type")).isEqualTo("summary");

        JsonObject histogram = only(run + "_lead_time");
        assertThat(histogram.getString("type")).isEqualTo("histogram");
        assertThat(histogram.getJsonNumber("count").longValue()).isEqualTo(3);
        assertThat(histogram.getJsonNumber("sum").doubleValue()).isEqualTo(600.0);
        assertThat(histogram.getJsonNumber("min").doubleValue()).isEqualTo(100.0);
        assertThat(histogram.getJsonNumber("max").doubleValue()).isEqualTo(300.0);
        assertThat(histogram.getJsonNumber("last").doubleValue()).isEqualTo(200.0);
        assertThat(histogram.getJsonObject("tags").getString("sku_id")).isEqualTo("SKU-123");
    }

    @Test
    void tagSetsAreSeriesOfOneName() {
        emit("counter", run + "_done", 2, Map.of("bucket", "cost"));
        emit("counter", run + "_done", 3, Map.of("bucket", "compliance"));
        emit("counter", run + "_done", 1, Map.of("bucket", "reliability"));

        JsonObject page = http.get(CUSTOM + "?name=" + run + "_done").json();
        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(series -> series.getJsonNumber("sum").doubleValue())
                .containsExactlyInAnyOrder(2.0, 3.0, 1.0);
        assertThat(http.get(CUSTOM + "?name=" + run + "_done&type=gauge").json().getInt("total"))
                .isZero();
        JsonObject second =
                http.get(CUSTOM + "?name=" + run + "_done&limit=1&offset=1").json();
        assertThat(second.getJsonArray("items")).hasSize(1);
        assertThat(second.getInt("offset")).isEqualTo(1);
    }

    @Test
    void seriesAppearInThePrometheusScrapeEachKindAsPrometheusDefinesIt() {
        emit("counter", run + "_jobs", 5, Map.of("bucket", "reliability"));
        emit("counter", run + "_jobs", 0.5, Map.of("bucket", "reliability"));
        emit("gauge", run + "_wip", 2.5, Map.of());
        emit("histogram", run + "_lead_time", 3_600_000, Map.of("sku_id", "SKU-123"));
        emit("summary", run + "_defects", 0.02, Map.of("time_period", "daily"));

        for (String path : List.of("api/metrics/prometheus", CUSTOM + "/prometheus")) {
            Http.Reply scrape = http.get(path, "text/plain");

            assertThat(scrape.status()).isEqualTo(200);
            assertThat(scrape.contentType()).startsWith("text/plain");
            List<String> lines = Arrays.stream(scrape.body().split("\n"))
                    .filter(line -> line.contains(run))
                    .toList();
            assertThat(lines)
                    .contains(
                            "# TYPE " + run + "_jobs_total counter",
                            run + "_jobs_total{bucket=\"reliability\"} 5.5",
                            "# TYPE " + run + "_wip gauge",
                            run + "_wip 2.5",
                            "# TYPE " + run + "_lead_time histogram",
                            run + "_lead_time_bucket{sku_id=\"SKU-123\",le=\"2500000\"} 0",
                            run + "_lead_time_bucket{sku_id=\"SKU-123\",le=\"5000000\"} 1",
                            run + "_lead_time_bucket{sku_id=\"SKU-123\",le=\"+Inf\"} 1",
                            run + "_lead_time_count{sku_id=\"SKU-123\"} 1",
                            run + "_lead_time_sum{sku_id=\"SKU-123\"} 3600000",
                            "# TYPE " + run + "_defects summary",
                            run + "_defects{time_period=\"daily\",quantile=\"0.5\"} 0.02",
                            run + "_defects{time_period=\"daily\",quantile=\"0.99\"} 0.02",
                            run + "_defects_sum{time_period=\"daily\"} 0.02",
                            run + "_defects_count{time_period=\"daily\"} 1");
            assertThat(lines).noneMatch(line -> line.startsWith(run + "_defects_bucket"));
            assertThat(lines).noneMatch(line -> line.startsWith(run + "_lead_time{"));
        }
    }

    @Test
    void seriesJoinTheProductsOneScrapeBesideTheBuiltInMetrics() throws Exception {
        emit("counter", run + "_jobs", 5, Map.of("bucket", "reliability"));
        emit("counter", run + "_jobs", 2, Map.of("bucket", "cost"));
        emit("gauge", run + "_wip", 2.5, Map.of());
        emit("histogram", run + "_lead_time", 3_600_000, Map.of("sku_id", "SKU-123"));
        emit("summary", run + "_defects", 2, Map.of("time_period", "daily"));

        Http.Reply scrape = http.get("api/metrics/prometheus", "text/plain");

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(Promtool.check(scrape.body())).as("promtool check metrics").isEmpty();
        assertThat(scrape.body())
                .contains("# TYPE tcps_work_orders_completed_total counter\n")
                .contains("# TYPE " + run + "_jobs_total counter\n" + run + "_jobs_total{bucket=\"cost\"} 2\n" + run
                        + "_jobs_total{bucket=\"reliability\"} 5\n")
                .contains("# TYPE " + run + "_wip gauge\n" + run + "_wip 2.5\n")
                .contains("# TYPE " + run + "_lead_time histogram\n")
                .contains(run + "_lead_time_sum{sku_id=\"SKU-123\"} 3600000\n" + run
                        + "_lead_time_count{sku_id=\"SKU-123\"} 1\n")
                .contains(run + "_defects_count{time_period=\"daily\"} 1\n");
    }

    @Test
    void aNameOfTheBuiltInNamespaceIsRefusedSoNoFamilyIsTypedTwice() {
        assertProblem(metric("gauge", "tcps_kanban_wip", 1, Map.of("bucket", "reliability")), 400, "tcps_");
        assertProblem(metric("counter", "tcps_work_orders_completed", 1, null), 400, "tcps_");

        String scrape = http.get("api/metrics/prometheus", "text/plain").body();
        assertThat(scrape.split("# TYPE tcps_kanban_wip ", -1)).hasSize(2);
        assertThat(scrape.split("# TYPE tcps_work_orders_completed_total ", -1)).hasSize(2);
        assertThat(http.get(CUSTOM + "?name=tcps_kanban_wip").json().getInt("total"))
                .isZero();
    }

    @Test
    void aNameKeepsItsFirstType() {
        emit("counter", run + "_typed", 1, Map.of());

        Http.Reply reply = http.post(CUSTOM, "application/json", metric("gauge", run + "_typed", 1, Map.of("a", "b")));

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("type")).isEqualTo("urn:tcps:problem:invalid-state-transition");
        assertThat(reply.json().getString("detail")).contains("is a counter");
        assertThat(http.get(CUSTOM + "?name=" + run + "_typed").json().getInt("total"))
                .isEqualTo(1);
    }

    @Test
    void aNameKeepsItsFirstTagKeys() {
        emit("gauge", run + "_keyed", 1, Map.of("bucket", "cost"));

        Http.Reply other =
                http.post(CUSTOM, "application/json", metric("gauge", run + "_keyed", 1, Map.of("stage", "x")));
        Http.Reply none = http.post(CUSTOM, "application/json", metric("gauge", run + "_keyed", 1, null));

        assertThat(other.status()).isEqualTo(409);
        assertThat(other.json().getString("detail")).contains("[bucket]", "[stage]");
        assertThat(none.status()).isEqualTo(409);
        assertThat(emit("gauge", run + "_keyed", 7, Map.of("bucket", "security"))
                        .getJsonNumber("last")
                        .doubleValue())
                .isEqualTo(7.0);
    }

    @Test
    void refusesInvalidMetricsWithProblems() {
        assertProblem(metric("counter", "bad-name", 1, null), 400, "bad-name");
        assertProblem(metric("counter", run + "_x_total", 1, null), 400, "_total");
        assertProblem(metric("meter", run + "_x", 1, null), 400, "not one of");
        assertProblem(metric("counter", run + "_x", -1, null), 400, "negative");
        assertProblem(metric("counter", run + "_x", -0.5, null), 400, "negative");
        assertProblem(metric("gauge", "tcps_" + run + "_x", 1, null), 400, "tcps_");
        assertProblem(metric("gauge", run + "_x", 1, Map.of("mp_scope", "x")), 400, "reserved");
        assertProblem(metric("gauge", run + "_x", 1, Map.of("9lives", "x")), 400, "9lives");
        assertProblem(metric("gauge", run + "_x", 1, Map.of("k", "say \"hi\"")), 400, "quotes");
        assertProblem(metric("gauge", run + "_x", "many", null), 400, null);

        Http.Reply missing = http.post(CUSTOM, "application/json", metric("gauge", run + "_x", null, null));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().getString("type")).isEqualTo("urn:tcps:problem:validation-failed");

        assertThat(http.get(CUSTOM + "?type=meter").status()).isEqualTo(400);
        assertThat(http.get(CUSTOM + "?limit=0").status()).isEqualTo(400);
        // Nothing refused was recorded
        assertThat(http.get(CUSTOM + "?name=" + run + "_x").json().getInt("total"))
                .isZero();
    }

    private void assertProblem(String body, int status, String detail) {
        Http.Reply reply = http.post(CUSTOM, "application/json", body);
        assertThat(reply.status()).as(body).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(reply.json().getString("detail")).contains(detail);
        }
    }

    private JsonObject only(String name) {
        JsonObject page = http.get(CUSTOM + "?name=" + name).json();
        assertThat(page.getInt("total")).isEqualTo(1);
        return page.getJsonArray("items").getJsonObject(0);
    }
}
