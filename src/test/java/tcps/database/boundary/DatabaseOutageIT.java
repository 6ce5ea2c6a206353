package tcps.database.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.Http;

/**
 * Stops the database under a running product: a PostgreSQL of the test's own and a Payara Micro the test starts on
 * it through the product's post-boot file. Persistence turns unhealthy and readiness DOWN within one check interval;
 * once the database is back both recover, in the same process.
 */
class DatabaseOutageIT {

    private static final Duration INTERVAL = Duration.ofSeconds(3);
    // The check that notices runs at most one interval later; it takes a moment of its own.
    private static final Duration SLACK = Duration.ofSeconds(2);

    private static PrivatePostgres postgres;
    private static Process server;
    private static Http http;

    @BeforeAll
    static void startDatabaseAndProduct() throws Exception {
        postgres = PrivatePostgres.create();
        postgres.start();
        postgres.createDatabase("tcps_outage");
        Path postboot = Path.of("target", "outage-postgresql.asadmin");
        Files.writeString(
                postboot,
                Files.readString(Path.of("server-config/payara-micro/postgresql.asadmin"))
                        .replace("portNumber=5432", "portNumber=" + postgres.port)
                        .replace("databaseName=test", "databaseName=tcps_outage"));
        int port = PrivatePostgres.freePort();
        Path adminKey = Path.of("target", "outage-admin.key").toAbsolutePath();
        Files.deleteIfExists(adminKey);
        server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dtcps.health.check-interval-seconds=" + INTERVAL.toSeconds(),
                        "-Dtcps.backup.enabled=false",
                        "-Dtcps.security.admin-key-file=" + adminKey,
                        "-jar",
                        System.getProperty("payara.microJar", "target/payara-micro.jar"),
                        "--nocluster",
                        "--maxhttpthreads",
                        "32",
                        "--port",
                        String.valueOf(port),
                        "--contextroot",
                        "/",
                        "--addLibs",
                        System.getProperty("tcps.postgresql.jar", "target/postgresql.jar"),
                        "--postbootcommandfile",
                        postboot.toString(),
                        "--deploy",
                        System.getProperty("tcps.war", "target/tcps-health.war"))
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target", "outage-payara.log").toFile())
                .start();
        // Its database is new, so the product's first start writes an admin key: the test uses that one.
        http = new Http(new URL("http://127.0.0.1:" + port + "/"), null);
        awaitUntil(Duration.ofMinutes(4), () -> status("api/ping") == 200 && Files.isRegularFile(adminKey));
        http = http.as(Files.readString(adminKey).strip());
        awaitUntil(Duration.ofMinutes(1), () -> status("api/health") == 200);
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void persistenceAndReadinessFollowTheDatabaseDownAndBackWithoutARestart() throws Exception {
        long pid = server.pid();
        awaitUntil(INTERVAL.multipliedBy(3), () -> persistence().equals("healthy"));
        assertThat(status("/health/ready")).isEqualTo(200);
        // The outage is measured in steady state: in the first seconds after boot the JIT takes both cores of a
        // small machine, and a check can then take longer than the interval it is measured against.
        Thread.sleep(INTERVAL.multipliedBy(3).toMillis());
        assertThat(persistence()).isEqualTo("healthy");

        postgres.stop();
        Instant stopped = Instant.now();
        Duration unhealthyAfter =
                awaitUntil(INTERVAL.plus(SLACK), () -> persistence().equals("unhealthy"));
        Duration downAfter = awaitUntil(INTERVAL.plus(SLACK), () -> status("/health/ready") == 503);
        assertThat(Duration.between(stopped, Instant.now())).isLessThanOrEqualTo(INTERVAL.plus(SLACK));
        assertThat(status("/health/live")).isEqualTo(200);
        assertThat(status("api/health")).isEqualTo(503);

        postgres.start();
        Duration healthyAfter =
                awaitUntil(INTERVAL.multipliedBy(4), () -> persistence().equals("healthy"));
        Duration readyAfter = awaitUntil(INTERVAL.multipliedBy(4), () -> status("/health/ready") == 200);

        assertThat(server.isAlive()).isTrue();
        assertThat(server.pid()).isEqualTo(pid);
        // The transition to unhealthy could not be written while the database was away; it is written afterwards.
        awaitUntil(INTERVAL.multipliedBy(3), () -> history().contains("healthy->unhealthy"));
        assertThat(history()).containsSubsequence("healthy->unhealthy", "unhealthy->healthy");
        System.out.printf(
                "Database outage: persistence unhealthy after %d ms, readiness DOWN after %d ms;"
                        + " after the restart healthy after %d ms, ready after %d ms (check interval %d s)%n",
                unhealthyAfter.toMillis(),
                downAfter.toMillis(),
                healthyAfter.toMillis(),
                readyAfter.toMillis(),
                INTERVAL.toSeconds());
    }

    /** The background check's view, as /api/health shows it. */
    private static String persistence() {
        Http.Reply reply = http.get("api/health");
        JsonObject components = reply.json().getJsonObject("components");
        return components == null ? "" : components.getJsonObject("byComponent").getString("persistence", "");
    }

    /** Persistence transitions, oldest first. */
    private static List<String> history() {
        Http.Reply reply = http.get("api/health/history?component=persistence&limit=500");
        if (reply.status() != 200) {
            return List.of();
        }
        List<String> transitions =
                new ArrayList<>(reply.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                        .map(t -> t.getString("from", "none") + "->" + t.getString("to"))
                        .toList());
        Collections.reverse(transitions);
        return transitions;
    }

    private static int status(String path) {
        try {
            return http.get(path).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Polls until the condition holds; answers how long that took, or fails after {@code limit}. */
    private static Duration awaitUntil(Duration limit, Condition condition) throws Exception {
        Instant start = Instant.now();
        while (true) {
            try {
                if (condition.holds()) {
                    return Duration.between(start, Instant.now());
                }
            } catch (RuntimeException | IOException e) {
                // not up yet
            }
            if (Duration.between(start, Instant.now()).compareTo(limit) > 0) {
                throw new AssertionError("Condition not met within " + limit);
            }
            Thread.sleep(100);
        }
    }
}
