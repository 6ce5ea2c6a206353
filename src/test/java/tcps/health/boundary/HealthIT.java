package tcps.health.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HealthIT {

    private static final Pattern MIGRATION = Pattern.compile("V(\\d+)__.+\\.sql");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void serviceStatusReportsVersionUptimeDatabaseAndSchema() {
        Http.Reply reply = new Http(deployment).get("api/health");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        JsonObject health = reply.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getString("version")).isNotBlank().isNotEqualTo("unknown");
        assertThat(health.getJsonNumber("uptimeSeconds").longValue()).isGreaterThanOrEqualTo(0);
        assertThat(health.getJsonObject("starts").getJsonNumber("count").longValue())
                .isPositive();
        JsonObject database = health.getJsonObject("database");
        assertThat(database.getBoolean("reachable")).isTrue();
        assertThat(database.getString("product")).startsWith("PostgreSQL");
        assertThat(database.getJsonNumber("latencyMs").doubleValue()).isPositive();
        JsonObject migrations = health.getJsonObject("migrations");
        assertThat(migrations.getString("state")).isEqualTo("CURRENT");
        assertThat(migrations.getString("version")).isEqualTo(String.valueOf(latestMigrationVersion()));
        assertThat(migrations.getInt("pending")).isZero();
    }

    @Test
    void everyMigrationRanOnPostgresql() throws SQLException {
        // Versions are compared as sets: components add migrations in parallel, so the numbers may have gaps.
        List<Integer> applied = new ArrayList<>();
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT CAST(version AS INTEGER) FROM flyway_schema_history"
                        + " WHERE success AND version IS NOT NULL")) {
            while (rows.next()) {
                applied.add(rows.getInt(1));
            }
        }
        assertThat(applied).containsExactlyInAnyOrderElementsOf(migrationVersions());
    }

    @Test
    void thisStartIsRecordedInPostgresql() throws SQLException {
        Instant reported =
                Instant.parse(new Http(deployment).get("api/health").json().getString("startedAt"));
        try (Connection db = PostgresDatabase.connect();
                Statement sql = db.createStatement();
                ResultSet rows = sql.executeQuery("SELECT MAX(started_at) FROM service_start")) {
            rows.next();
            Instant stored = rows.getObject(1, java.time.OffsetDateTime.class).toInstant();
            // PostgreSQL keeps microseconds; the JVM clock may have nanoseconds.
            assertThat(stored).isBetween(reported.minusMillis(1), reported.plusMillis(1));
        }
    }

    @Test
    void readinessNeedsDatabaseSchemaAndRebuiltMetrics() {
        Http.Reply reply = new Http(deployment).get("/health/ready");

        assertThat(reply.status()).isEqualTo(200);
        JsonObject ready = reply.json();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(checkNames(ready)).contains("database", "schema-migrations", "metrics-aggregates");
    }

    @Test
    void livenessAndStartupAreUp() {
        Http http = new Http(deployment);
        JsonObject live = http.get("/health/live").json();
        JsonObject started = http.get("/health/started").json();

        assertThat(live.getString("status")).isEqualTo("UP");
        assertThat(checkNames(live)).contains("no-deadlocked-threads");
        assertThat(started.getString("status")).isEqualTo("UP");
        assertThat(checkNames(started)).contains("schema-migrations");
    }

    private static List<String> checkNames(JsonObject health) {
        return health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name"))
                .toList();
    }

    static int latestMigrationVersion() {
        return migrationVersions().stream().max(Comparator.naturalOrder()).orElseThrow();
    }

    static List<Integer> migrationVersions() {
        try (Stream<Path> files = Files.list(Path.of("persistence/src/main/resources/db/migration"))) {
            return files.map(file -> MIGRATION.matcher(file.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Integer.parseInt(m.group(1)))
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
