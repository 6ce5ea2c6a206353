package tcps.metrichistory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/**
 * Custom metrics through the minute rollups into PostgreSQL and back. The tests' server samples only on a flush
 * (tcps.metrichistory.sample-interval-seconds=0 in arquillian.xml), so every figure read back is exact. A source that
 * always fails is deployed beside the real ones: the others' figures must be written all the same.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricHistoryIT {

    private static final String CUSTOM = "api/metrics/custom";
    private static final String HISTORY = "api/metrics/history";

    @ArquillianResource
    URL deployment;

    private Http http;
    private String run;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create(FailingMetricSource.class);
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        run = "it_" + UUID.randomUUID().toString().substring(0, 8);
    }

    private void emit(String type, String name, double value, Map<String, String> tags) {
        String body = "{\"name\":\"" + name + "\",\"type\":\"" + type + "\",\"value\":" + value + ",\"tags\":"
                + tags.entrySet().stream()
                        .map(tag -> "\"" + tag.getKey() + "\":\"" + tag.getValue() + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "{", "}"))
                + "}";
        assertThat(http.post(CUSTOM, "application/json", body).status()).isEqualTo(200);
    }

    private JsonObject flush() {
        Http.Reply reply = http.post(HISTORY + "/flush", "application/json", "");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private Http.Reply history(String metric, Instant from, Instant to, String step) {
        return http.get(HISTORY + "?metric=" + encode(metric) + "&from=" + from + "&to=" + to + "&step=" + step);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void gaugeSamplesComeBackWithExactMinMaxAverageAndLast() throws SQLException {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        String gauge = run + "_wip{bucket=\"security\"}";
        for (double value : new double[] {10, 20, 60}) {
            emit("gauge", run + "_wip", value, Map.of("bucket", "security"));
            assertThat(flush().getInt("metrics")).isPositive();
        }

        Http.Reply reply = history(gauge, start, start.plus(Duration.ofHours(1)), "PT1H");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonObject history = reply.json();
        assertThat(history.getString("metric")).isEqualTo(gauge);
        assertThat(history.getString("step")).isEqualTo("PT1H");
        List<JsonObject> points = history.getJsonArray("points").getValuesAs(JsonObject.class);
        assertThat(points).hasSize(1);
        JsonObject point = points.get(0);
        assertThat(Instant.parse(point.getString("at"))).isEqualTo(start);
        assertThat(point.getJsonNumber("count").longValue()).isEqualTo(3);
        assertThat(point.getJsonNumber("min").doubleValue()).isEqualTo(10.0);
        assertThat(point.getJsonNumber("max").doubleValue()).isEqualTo(60.0);
        assertThat(point.getJsonNumber("avg").doubleValue()).isEqualTo(30.0);
        assertThat(point.getJsonNumber("last").doubleValue()).isEqualTo(60.0);

        // One row per minute: each flush replaced the minute's row with its fuller version
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql =
                        db.prepareStatement("SELECT COUNT(*), SUM(samples) FROM metric_rollup WHERE metric = ?")) {
            sql.setString(1, gauge);
            try (ResultSet rows = sql.executeQuery()) {
                rows.next();
                assertThat(rows.getInt(1)).isBetween(1, 2);
                assertThat(rows.getLong(2)).isEqualTo(3);
            }
        }
    }

    @Test
    void countersAndDistributionsGoIntoHistoryUnderTheirPrometheusNames() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        emit("counter", run + "_jobs", 1, Map.of("stage", "testing"));
        flush();
        emit("counter", run + "_jobs", 2, Map.of("stage", "testing"));
        emit("histogram", run + "_lead_time", 250, Map.of("stage", "testing"));
        emit("histogram", run + "_lead_time", 150, Map.of("stage", "testing"));
        flush();
        Instant end = start.plus(Duration.ofHours(1));

        JsonObject counter = point(history(run + "_jobs_total{stage=\"testing\"}", start, end, "PT1H"));
        JsonObject count = point(history(run + "_lead_time_count{stage=\"testing\"}", start, end, "PT1H"));
        JsonObject sum = point(history(run + "_lead_time_sum{stage=\"testing\"}", start, end, "PT1H"));

        assertThat(counter.getJsonNumber("min").doubleValue()).isEqualTo(1.0);
        assertThat(counter.getJsonNumber("max").doubleValue()).isEqualTo(3.0);
        assertThat(counter.getJsonNumber("avg").doubleValue()).isEqualTo(2.0);
        assertThat(counter.getJsonNumber("last").doubleValue()).isEqualTo(3.0);
        assertThat(count.getJsonNumber("last").doubleValue()).isEqualTo(2.0);
        assertThat(count.getJsonNumber("count").longValue()).isEqualTo(1);
        assertThat(sum.getJsonNumber("last").doubleValue()).isEqualTo(400.0);

        JsonObject names = http.get(HISTORY + "/names?prefix=" + run).json();
        assertThat(names.getInt("total")).isEqualTo(3);
        assertThat(names.getJsonArray("items").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString)
                .containsExactly(
                        run + "_jobs_total{stage=\"testing\"}",
                        run + "_lead_time_count{stage=\"testing\"}",
                        run + "_lead_time_sum{stage=\"testing\"}");
        assertThat(http.get(HISTORY + "/names?prefix=" + run + "&limit=1&offset=2")
                        .json()
                        .getJsonArray("items")
                        .getString(0))
                .isEqualTo(run + "_lead_time_sum{stage=\"testing\"}");
    }

    private static JsonObject point(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> points = reply.json().getJsonArray("points").getValuesAs(JsonObject.class);
        assertThat(points).hasSize(1);
        return points.get(0);
    }

    @Test
    void minutesAreAggregatedPerStep() throws SQLException {
        String metric = run + "_stepped";
        Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(2));
        // minute 0: 2 samples avg 5; minute 3: 1 sample 20; minute 7: 4 samples of 1
        insert(metric, hour, 2, 4, 6, 10, 6);
        insert(metric, hour.plus(Duration.ofMinutes(3)), 1, 20, 20, 20, 20);
        insert(metric, hour.plus(Duration.ofMinutes(7)), 4, 1, 1, 4, 1);

        List<JsonObject> fives = history(metric, hour, hour.plus(Duration.ofMinutes(10)), "PT5M")
                .json()
                .getJsonArray("points")
                .getValuesAs(JsonObject.class);
        List<JsonObject> minutes = history(metric, hour, hour.plus(Duration.ofMinutes(10)), "PT1M")
                .json()
                .getJsonArray("points")
                .getValuesAs(JsonObject.class);

        assertThat(fives).hasSize(2);
        assertThat(Instant.parse(fives.get(0).getString("at"))).isEqualTo(hour);
        assertThat(fives.get(0).getJsonNumber("count").longValue()).isEqualTo(3);
        assertThat(fives.get(0).getJsonNumber("min").doubleValue()).isEqualTo(4.0);
        assertThat(fives.get(0).getJsonNumber("max").doubleValue()).isEqualTo(20.0);
        assertThat(fives.get(0).getJsonNumber("avg").doubleValue()).isEqualTo(10.0);
        assertThat(fives.get(0).getJsonNumber("last").doubleValue()).isEqualTo(20.0);
        assertThat(Instant.parse(fives.get(1).getString("at"))).isEqualTo(hour.plus(Duration.ofMinutes(5)));
        assertThat(fives.get(1).getJsonNumber("avg").doubleValue()).isEqualTo(1.0);
        assertThat(minutes)
                .extracting(point -> Instant.parse(point.getString("at")))
                .containsExactly(hour, hour.plus(Duration.ofMinutes(3)), hour.plus(Duration.ofMinutes(7)));
    }

    @Test
    void purgeRemovesMinutesOlderThanTheRetention() throws SQLException {
        String metric = run + "_old";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MINUTES);
        insert(metric, now.minus(Duration.ofDays(8)), 1, 1, 1, 1, 1);
        insert(metric, now.minus(Duration.ofDays(7)).minus(Duration.ofMinutes(5)), 1, 2, 2, 2, 2);
        insert(metric, now.minus(Duration.ofDays(6)), 1, 3, 3, 3, 3);

        Http.Reply purge = http.post(HISTORY + "/purge", "application/json", "");

        assertThat(purge.status()).isEqualTo(200);
        // At least these two, unless the ten-minute purge took them a moment earlier
        assertThat(purge.json().getInt("deleted")).isNotNegative();
        assertThat(Instant.parse(purge.json().getString("before")))
                .isBetween(
                        now.minus(Duration.ofDays(7)),
                        now.minus(Duration.ofDays(7)).plus(Duration.ofMinutes(5)));
        assertThat(storedValues(metric)).containsExactly(3.0);
    }

    @Test
    void refusesBadQueriesWithProblems() {
        Instant now = Instant.now();
        assertProblem(HISTORY, "'metric'");
        assertProblem(HISTORY + "?metric=m&from=yesterday", "'from'");
        assertProblem(HISTORY + "?metric=m&from=" + now + "&to=" + now.minusSeconds(600), "'from'");
        assertProblem(HISTORY + "?metric=m&step=PT30S", "'step'");
        assertProblem(HISTORY + "?metric=m&step=5m", "'step'");
        assertProblem(
                HISTORY + "?metric=m&step=PT1M&from=" + now.minus(Duration.ofDays(2)) + "&to=" + now, "at most 1440");
        assertProblem(HISTORY + "/names?limit=501", "limit");
        // An unknown metric has no points, which is not an error
        Http.Reply unknown = http.get(HISTORY + "?metric=" + run + "_never");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.json().getJsonArray("points")).isEmpty();
    }

    private void assertProblem(String path, String detail) {
        Http.Reply reply = http.get(path);
        assertThat(reply.status()).as(path).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains(detail);
    }

    private static void insert(
            String metric, Instant minute, long samples, double min, double max, double sum, double last)
            throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement("INSERT INTO metric_rollup"
                        + " (metric, minute_start, samples, min_value, max_value, sum_value, last_value)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            sql.setString(1, metric);
            sql.setObject(2, minute.atOffset(ZoneOffset.UTC));
            sql.setLong(3, samples);
            sql.setDouble(4, min);
            sql.setDouble(5, max);
            sql.setDouble(6, sum);
            sql.setDouble(7, last);
            sql.executeUpdate();
        }
    }

    private static List<Double> storedValues(String metric) throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement(
                        "SELECT last_value FROM metric_rollup WHERE metric = ? ORDER BY minute_start")) {
            sql.setString(1, metric);
            List<Double> values = new java.util.ArrayList<>();
            try (ResultSet rows = sql.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getDouble(1));
                }
            }
            return values;
        }
    }
}
