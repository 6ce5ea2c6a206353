package tcps.metrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.metrics.boundary.ExpectedFigures.all;
import static tcps.metrics.boundary.ExpectedFigures.andon;
import static tcps.metrics.boundary.ExpectedFigures.delta;
import static tcps.metrics.boundary.ExpectedFigures.flow;
import static tcps.metrics.boundary.ExpectedFigures.kaizen;
import static tcps.metrics.boundary.ExpectedFigures.kanban;
import static tcps.metrics.boundary.ExpectedFigures.number;
import static tcps.metrics.boundary.ExpectedFigures.overview;
import static tcps.metrics.boundary.ExpectedFigures.production;
import static tcps.metrics.boundary.ExpectedFigures.quality;
import static tcps.metrics.boundary.ExpectedFigures.summary;
import static tcps.metrics.boundary.ExpectedFigures.tpm;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;
import tcps.metrics.control.DesignedSeries;

/**
 * Feeds known work orders, Andons, quality results, TPM and Kaizen records through the REST API and checks every
 * category: counts as deltas against a snapshot taken first (other tests share the database), windowed figures against
 * the same figures recomputed row by row from the database, component figures against the components' own reports.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricsIT {

    static final String BUCKET = "it-wip"; // limit 4, see arquillian.xml

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void everyCategoryMatchesTheFactsTheLineWasFed() throws Exception {
        LineClient line = new LineClient(deployment);
        line.drain(BUCKET);
        MetricsFeed feed = new MetricsFeed(line);
        JsonObject before = all(line.http());

        long first = feed.workOrder(BUCKET);
        long second = feed.workOrder(BUCKET);
        long blocked = feed.workOrder(BUCKET);
        feed.workOrder(BUCKET);
        feed.complete(first);
        feed.complete(second);
        assertThat(line.commandOk(blocked, "block").getString("status")).isEqualTo("BLOCKED");
        feed.workOrder(BUCKET);
        feed.workOrder(BUCKET);
        feed.workOrder(BUCKET); // the bucket is full: queued

        long critical = feed.andon("test_failure");
        long warning = feed.andon("coverage_drop");
        long info = feed.andon("metrics_probe");
        feed.escalate(warning);
        feed.resolve(info);

        feed.gate(first, "unit_tests", true, 0, "10,9,1", 0.8);
        feed.gate(first, "security_scan", false, 2, null, null);
        feed.gate(second, "security_scan", true, 0, null, null);
        feed.deployment(first, true);
        feed.deployment(second, false);

        Instant now = Instant.now();
        String component = "metrics-" + feed.sku;
        feed.failure(component, now.minusSeconds(600), 120);
        Instant maintained = now.minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        feed.maintenance(component, now.plusSeconds(3600), maintained);
        feed.kaizen("waiting", 10, 4);

        Http http = line.http();
        assertThat(http.post("api/metrics/refresh", "application/json", "").status())
                .isEqualTo(200);
        JsonObject after = all(http);

        production(before.getJsonObject("production"), after.getJsonObject("production"));
        kanban(after.getJsonObject("kanban"), http);
        andon(before.getJsonObject("andon"), after.getJsonObject("andon"), List.of(info, warning, critical), http);
        quality(before.getJsonObject("quality"), after.getJsonObject("quality"), http);
        tpm(after.getJsonObject("tpm"), maintained, http);
        kaizen(before.getJsonObject("kaizen"), after.getJsonObject("kaizen"), http);
        flow(after);
        overview(after);
        summary(http, after);
    }

    @Test
    void workOrderChangesShowAtOnceWithoutARefresh() {
        LineClient line = new LineClient(deployment);
        line.drain("it-queue");
        JsonObject before = line.http().get("api/metrics/production").json();
        long id = new MetricsFeed(line).workOrder("it-queue");
        JsonObject after = line.http().get("api/metrics/production").json();
        assertThat(delta(before, after, "workOrdersTotal")).isEqualTo(1);
        assertThat(delta(before, after, "workOrdersActive")).isEqualTo(1);
        line.commandOk(id, "cancel");
        JsonObject cancelled = line.http().get("api/metrics/production").json();
        assertThat(delta(after, cancelled, "workOrdersActive")).isEqualTo(-1);
        assertThat(delta(after, cancelled, "workOrdersCancelled")).isEqualTo(1);
    }

    @Test
    void thePrometheusExpositionPassesPromtoolAndAgreesWithTheJson() throws Exception {
        Http http = new Http(deployment);
        assertThat(http.post("api/metrics/refresh", "application/json", "").status())
                .isEqualTo(200);
        Http.Reply scrape = http.get("api/metrics/prometheus", "text/plain");
        JsonObject all = all(http);
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain; version=0.0.4");
        assertThat(Promtool.check(scrape.body())).as("promtool check metrics").isEmpty();
        List<String> beyondTheDesign = List.of(
                "tcps_production_lead_time_p99",
                "tcps_tpm_uptime",
                "tcps_tpm_mtbf_seconds",
                "tcps_tpm_mttr_seconds",
                "tcps_system_health_score");
        for (String name : Stream.concat(DesignedSeries.NAMES.stream(), beyondTheDesign.stream())
                .toList()) {
            assertThat(scrape.body()).contains("# HELP " + name + " ", "# TYPE " + name + " ");
        }
        for (String series : DesignedSeries.NAMES) {
            assertThat(scrape.body()).as(series).containsPattern(DesignedSeries.sampleLine(series));
        }
        assertThat(scrape.body())
                .contains("# TYPE tcps_work_orders_completed_total counter\n")
                .contains("# TYPE tcps_work_orders_total counter\n");
        Map<String, Double> samples = Promtool.samples(scrape.body());
        assertThat(samples.get("tcps_work_orders_total"))
                .isEqualTo(number(all.getJsonObject("production"), "workOrdersTotal"));
        assertThat(samples.get("tcps_work_orders_completed_total"))
                .isEqualTo(number(all.getJsonObject("production"), "workOrdersCompleted"));
        assertThat(samples.get("tcps_kanban_wip{bucket=\"it-wip\"}"))
                .isEqualTo(all.getJsonObject("kanban")
                        .getJsonObject("wipByBucket")
                        .getJsonNumber(BUCKET)
                        .doubleValue());
        assertThat(samples.get("tcps_andon_events_by_severity{severity=\"critical\"}"))
                .isEqualTo(number(all.getJsonObject("andon"), "openCritical"));
        assertThat(samples.get("tcps_system_health_score"))
                .isEqualTo(number(all.getJsonObject("overview"), "systemHealthScore"));
    }

    @Test
    void theCacheCountsHitsAndMissesAndForgetsOneKeyOrAll() {
        Http http = new Http(deployment);
        assertThat(http.send("DELETE", "api/metrics/cache").status()).isEqualTo(204);
        JsonObject before = http.get("api/metrics/cache").json();
        JsonObject first = http.get("api/metrics/components/kanban").json();
        JsonObject second = http.get("api/metrics/kanban").json();
        JsonObject after = http.get("api/metrics/cache").json();
        assertThat(first.getJsonNumber("wipLimit")).isEqualTo(second.getJsonNumber("wipLimit"));
        assertThat(delta(before, after, "hits") + delta(before, after, "misses"))
                .isEqualTo(2);
        assertThat(delta(before, after, "misses")).isPositive();
        assertThat(after.getJsonNumber("ttlSeconds").longValue()).isEqualTo(60);

        assertThat(http.send("DELETE", "api/metrics/cache/kanban").status()).isEqualTo(204);
        Http.Reply unknownKey = http.send("DELETE", "api/metrics/cache/no-such-key");
        assertThat(unknownKey.status()).isEqualTo(404);
        assertThat(unknownKey.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownCategoryOrComponentIsA404Problem() {
        Http http = new Http(deployment);
        for (String path : List.of("api/metrics/no-such-category", "api/metrics/components/no-such-component")) {
            Http.Reply reply = http.get(path);
            assertThat(reply.status()).as(path).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.json().getInt("status")).isEqualTo(404);
        }
    }
}
