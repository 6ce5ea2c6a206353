package tcps.metrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.Http;
import tcps.metrics.control.DesignedSeries;

/**
 * The first scrape of a server that has seen nothing: a Payara Micro the test starts on a new embedded H2 database
 * (the product's own post-boot file for it, in an empty folder), so no other test's data can stand in for a figure.
 * Dashboards and alert rules find every series from the start: undefined figures as NaN, known label sets (severities,
 * configured buckets and stages) at 0.
 */
class FreshScrapeIT {

    private static Process server;
    private static Http http;

    @BeforeAll
    static void startOnAnEmptyDatabase() throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "fresh-scrape-" + System.nanoTime()));
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Dtcps.backup.enabled=false",
                        "-jar",
                        absolute(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                        "--nocluster",
                        "--port",
                        String.valueOf(port),
                        "--contextroot",
                        "/",
                        "--postbootcommandfile",
                        absolute("server-config/payara-micro/h2.asadmin"),
                        "--deploy",
                        absolute(System.getProperty("tcps.war", "target/tcps-health.war")))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("payara.log").toFile())
                .start();
        // The scrape is open to Prometheus without a key, as by default.
        http = new Http(new URL("http://127.0.0.1:" + port + "/"), null);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (status("api/metrics/prometheus") != 200) {
            assertThat(server.isAlive()).as("Payara Micro is running").isTrue();
            assertThat(Instant.now()).as("the product answers within 4 minutes").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void everyDesignedSeriesIsThereBeforeAnyDataAndPromtoolHasNothingToSay() throws Exception {
        Http.Reply scrape = http.get("api/metrics/prometheus", "text/plain");
        String body = scrape.body();

        assertThat(scrape.status()).isEqualTo(200);
        assertThat(Promtool.check(body)).as("promtool check metrics").isEmpty();
        for (String series : DesignedSeries.NAMES) {
            assertThat(body).as(series).containsPattern(DesignedSeries.sampleLine(series));
        }
        for (String undefined : List.of(
                "tcps_production_lead_time_p50",
                "tcps_production_lead_time_p90",
                "tcps_quality_defect_rate",
                "tcps_quality_gate_pass_rate",
                "tcps_lead_time_avg",
                "tcps_cycle_time_p50",
                "tcps_cycle_time_p95",
                "tcps_kaizen_lead_time_improvement",
                "tcps_kaizen_defect_reduction",
                "tcps_kaizen_throughput_increase")) {
            assertThat(body).contains("\n" + undefined + " NaN\n");
        }
        assertThat(body)
                .contains("\ntcps_work_orders_total 0\n", "\ntcps_work_orders_completed_total 0\n")
                .contains("\ntcps_production_throughput 0\n", "\ntcps_kanban_wip_current 0\n");
        for (String severity : List.of("critical", "warning", "info")) {
            assertThat(body).contains("tcps_andon_events_by_severity{severity=\"" + severity + "\"} 0\n");
        }
        for (String bucket : List.of("reliability", "security", "cost", "compliance")) {
            assertThat(body).contains("tcps_kanban_wip{bucket=\"" + bucket + "\"} 0\n");
        }
        for (String stage : List.of("compilation", "testing", "quality_gate", "deployment")) {
            assertThat(body)
                    .contains("tcps_flow_stage_work_orders{stage=\"" + stage + "\"} 0\n")
                    .contains("tcps_flow_stage_dwell_avg{stage=\"" + stage + "\"} NaN\n");
        }
    }

    @Test
    void everyExportedFamilyHasHelpAndTypeWhetherOrNotItHasSamplesYet() {
        String body = http.get("api/metrics/prometheus", "text/plain").body();

        assertThat(body).contains("# HELP tcps_kaizen_waste_points ", "# TYPE tcps_kaizen_waste_points gauge\n");
        long help = body.lines().filter(line -> line.startsWith("# HELP ")).count();
        long type = body.lines().filter(line -> line.startsWith("# TYPE ")).count();
        assertThat(help).isEqualTo(type).isGreaterThan(50);
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }

    private static int status(String path) {
        try {
            return http.get(path).status();
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
