package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.logging.LogEntry;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/**
 * The dashboard page in headless Chromium against the running product: its panels show the API's figures, follow
 * changes posted over REST (through the event stream when the server has one, by polling otherwise), resolve an
 * Andon and create a work order through its forms, show the API's problems, and leave nothing in the console.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardPageIT {

    private static final String JSON = "application/json";
    /** A bucket of this test's own (arquillian.xml): WIP figures on it change only when this test changes them. */
    private static final String BUCKET = "it-page";

    private static final HttpClient STREAM_PROBE =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @ArquillianResource
    URL deployment;

    private LineClient line;
    private Http http;
    private DashboardBrowser browser;
    /** Failed requests a test provokes on purpose: the browser reports each in the console, and nothing else may be. */
    private final List<String> expectedFailedLoads = new ArrayList<>();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void start() {
        line = new LineClient(deployment);
        http = line.http();
        line.drain(BUCKET);
        browser = new DashboardBrowser();
    }

    @AfterEach
    void consoleStaysClean() {
        try {
            // Without the event stream on the server, the page's probe of it is answered 404 (the page then polls).
            if (!streamServed()) {
                expectFailedLoad("api/stream", 404);
            }
            List<String> errors = browser.consoleErrors().stream()
                    .map(LogEntry::getMessage)
                    .filter(message -> expectedFailedLoads.stream().noneMatch(message::contains))
                    .toList();
            assertThat(errors).as("browser console errors").isEmpty();
        } finally {
            browser.close();
        }
    }

    @Test
    void thePageAnswersAtTheRootAndAtDashboard() {
        for (String path : List.of("", "dashboard")) {
            Http.Reply page = http.get(path, "text/html");
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.body())
                    .contains("<title>TCPS line dashboard</title>")
                    .doesNotContain("${");
        }
        String chartScript = http.get("", "text/html")
                .body()
                .replaceAll("(?s).*<script src=\"(webjars/chart\\.js/[^\"]+)\".*", "$1");
        Http.Reply library = http.get(chartScript, "*/*");
        assertThat(library.status()).as(chartScript).isEqualTo(200);
        assertThat(library.body()).contains("Chart");
    }

    @Test
    void panelsShowTheLinesFigures() {
        completeOneWorkOrder();
        http.post("api/metrics/history/flush", JSON, "");
        browser.openSignedIn(deployment + "dashboard", TestKeys.operator());

        String expectedState = streamServed() ? "live" : "polling";
        browser.await(
                "connection " + expectedState,
                d -> expectedState.equals(browser.attribute("#connection", "data-state")));
        assertThat(browser.text("#connection .connection__label")).isEqualToIgnoringCase(expectedState);

        browser.await(
                "work order total as the API counts it",
                d -> kpi("total") == production().getInt("workOrdersTotal"));
        browser.await(
                "completed as the API counts it",
                d -> kpi("completed") == production().getInt("workOrdersCompleted"));

        JsonObject health = ok(http.get("api/health/components"));
        browser.await("overall health", d -> health.getString("status")
                .equals(browser.attribute("#overall-health", "data-status")));
        for (String component : health.getJsonObject("components").keySet()) {
            String status =
                    health.getJsonObject("components").getJsonObject(component).getString("status");
            browser.await(
                    component + " " + status,
                    d -> status.equals(browser.attribute("[data-component=\"" + component + "\"]", "data-status")));
        }

        for (JsonObject bucket : kanban()) {
            String row = "[data-bucket=\"" + bucket.getString("bucket") + "\"]";
            browser.await("WIP of " + row, d -> String.valueOf(bucket.getInt("current"))
                    .equals(browser.attribute(row + " [data-wip]", "data-wip")));
            assertThat(browser.text(row)).contains("of " + bucket.getInt("limit"));
        }

        JsonObject quality = metrics().getJsonObject("quality");
        for (String figure : List.of("qualityGatePassRate", "firstPassYield", "defectRate", "testCoverage")) {
            String shown = browser.text("[data-figure=\"" + figure + "\"] dd");
            assertThat(shown).as(figure).matches(quality.isNull(figure) ? "–" : "\\d{1,3}(\\.\\d)?%");
        }

        List<Long> trend =
                metrics().getJsonObject("flow").getJsonArray("throughputTrend").getValuesAs(JsonObject.class).stream()
                        .map(slice -> slice.getJsonNumber("completed").longValue())
                        .toList();
        browser.await("completions chart", d -> trend.equals(chartData("chart-throughput", 0)));
        assertThat(trend.stream().mapToLong(Long::longValue).sum()).isPositive();

        int leadTimePoints = ok(http.get("api/metrics/history?metric=tcps_production_lead_time_p50"))
                .getJsonArray("points")
                .size();
        assertThat(leadTimePoints).isPositive();
        browser.await(
                "lead-time chart",
                d -> chartData("chart-lead-time", 0).stream()
                                .filter(Objects::nonNull)
                                .count()
                        == leadTimePoints);
    }

    @Test
    void liveNumbersFollowWhatIsPostedOverRest() {
        browser.openSignedIn(deployment.toString(), TestKeys.operator());
        browser.await("empty test bucket", d -> wipShown() == 0);
        browser.await("total", d -> kpi("total") == production().getInt("workOrdersTotal"));
        long total = kpi("total");

        String sku = LineClient.uniqueSku();
        String batch =
                "[" + createEvent("Page batch one " + sku, sku) + "," + createEvent("Page batch two " + sku, sku) + "]";
        Http.Reply posted = http.post("api/events/batch", JSON, batch);
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        browser.await("WIP 2 in " + BUCKET, d -> wipShown() == 2);
        browser.await("two more work orders", d -> kpi("total") == total + 2);
        browser.await(
                "new work orders listed", d -> browser.text("#work-orders").contains("Page batch two " + sku));

        long andon = trigger(sku);
        browser.await("Andon listed", d -> !browser.findAll("#andons tr[data-andon=\"" + andon + "\"]")
                .isEmpty());
        browser.await(
                "open Andons as the API counts them",
                d -> kpi("openAndons") == metrics().getJsonObject("andon").getInt("openTotal"));
        assertThat(browser.text("#andons tr[data-andon=\"" + andon + "\"]"))
                .contains(sku)
                .contains("Lint failure");
    }

    @Test
    void anAndonResolvedThroughThePageLeavesTheOpenList() {
        String sku = LineClient.uniqueSku();
        long andon = trigger(sku);
        browser.openSignedIn(deployment.toString(), TestKeys.operator());
        String row = "#andons tr[data-andon=\"" + andon + "\"]";
        browser.await("Andon listed", d -> !browser.findAll(row).isEmpty());

        fillResolution(andon, "page-lead@example.com");
        browser.find("#resolve-form [type=submit]").click();

        browser.await("Andon gone from the open list", d -> browser.findAll(row).isEmpty());
        assertThat(browser.find("#resolve-dialog").isDisplayed()).isFalse();
        JsonObject resolved = ok(http.get("api/andon/" + andon));
        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        JsonObject resolution = resolved.getJsonObject("resolution");
        assertThat(resolution.getString("rootCause")).isEqualTo("Flaky lint rule");
        assertThat(resolution.getString("fixApplied")).isEqualTo("Pinned the linter");
        assertThat(resolution.getString("preventionAdded")).isEqualTo("Linter upgrades go through review");
        assertThat(resolution.getString("resolver")).isEqualTo("page-lead@example.com");
    }

    @Test
    void anAlertShowsInItsPanelAndIsAcknowledgedThroughThePage() {
        String rule = "page-alert-" + Long.toString(System.nanoTime(), 36);
        Http.Reply created = http.post(
                "api/alert-rules",
                JSON,
                "{\"id\":\"" + rule + "\",\"name\":\"" + rule + "\","
                        + "\"component\":\"tpm\",\"severity\":\"critical\",\"condition\":{\"metric\":\"tcps_tpm_mttr_seconds\","
                        + "\"operator\":\">\",\"threshold\":1e9},\"annotations\":{\"summary\":\"MTTR up to {{ $value }} s\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        try {
            browser.openSignedIn(deployment.toString(), TestKeys.operator());
            ok(http.post("api/simulate/tpm", JSON, "{\"mttr_seconds\": 2e9}"));
            String firing = "#alerts tr[data-state=\"firing\"] td";
            browser.await("alert listed", d -> browser.findAll(firing).stream()
                    .anyMatch(cell -> cell.getText().contains(rule)));
            assertThat(browser.find("#alerts-heading").getText()).contains("Active alerts");
            assertThat(browser.find("[data-alerts-severity=\"critical\"] dd").getText())
                    .isNotEqualTo("0");
            long id = http.get("api/alerts/history?rule=" + rule)
                    .json()
                    .getJsonArray("items")
                    .getJsonObject(0)
                    .getJsonNumber("id")
                    .longValue();
            browser.find("[data-acknowledge=\"" + id + "\"]").click();
            browser.await(
                    "acknowledged on the page",
                    d -> browser.findAll("#alerts tr[data-alert=\"" + id + "\"][data-state=\"acknowledged\"]")
                                    .size()
                            == 1);
            assertThat(ok(http.get("api/alerts/" + id)).getJsonObject("alert").getString("state"))
                    .isEqualTo("acknowledged");
        } finally {
            http.send("DELETE", "api/simulate");
            http.send("DELETE", "api/alert-rules/" + rule);
        }
    }

    @Test
    void aResolveThatLostTheRaceShowsTheApisProblem() {
        String sku = LineClient.uniqueSku();
        long andon = trigger(sku);
        browser.openSignedIn(deployment.toString(), TestKeys.operator());
        String row = "#andons tr[data-andon=\"" + andon + "\"]";
        browser.await("Andon listed", d -> !browser.findAll(row).isEmpty());

        fillResolution(andon, "second@example.com");
        expectFailedLoad("api/andon/" + andon + "/resolve", 409);
        Http.Reply first = http.post(
                "api/andon/" + andon + "/resolve",
                JSON,
                "{\"rootCause\":\"a\",\"fixApplied\":\"b\",\"preventionAdded\":\"c\",\"resolver\":\"first@example.com\"}");
        assertThat(first.status()).isEqualTo(200);
        browser.find("#resolve-form [type=submit]").click();

        browser.await("problem shown in the form", d -> !browser.text("#resolve-form .form__errors")
                .isEmpty());
        assertThat(browser.text("#resolve-form .form__errors"))
                .contains("Invalid State Transition (409)")
                .contains("Andon event " + andon + " is RESOLVED and cannot be resolved.")
                .doesNotContain("null");
        assertThat(ok(http.get("api/andon/" + andon))
                        .getJsonObject("resolution")
                        .getString("resolver"))
                .isEqualTo("first@example.com");
        browser.find("#resolve-form [data-close]").click();
        browser.await("Andon gone from the open list", d -> browser.findAll(row).isEmpty());
    }

    @Test
    void aWorkOrderCreatedThroughThePageStartsInItsBucket() {
        String sku = LineClient.uniqueSku();
        browser.openSignedIn(deployment.toString(), TestKeys.operator());
        browser.await("buckets offered", d -> !browser.findAll("#wo-bucket option[value=\"" + BUCKET + "\"]")
                .isEmpty());

        browser.find("#new-work-order").click();
        browser.find("#wo-description").sendKeys("Created on the page " + sku);
        browser.find("#wo-priority option[value=high]").click();
        browser.find("#wo-bucket option[value=\"" + BUCKET + "\"]").click();
        browser.find("#wo-sku").sendKeys(sku);
        browser.find("#work-order-form [type=submit]").click();

        browser.await("work order listed", d -> browser.text("#work-orders").contains("Created on the page " + sku));
        List<JsonObject> created = line.list("skuId=" + sku);
        assertThat(created).hasSize(1);
        assertThat(created.get(0).getString("bucket")).isEqualTo(BUCKET);
        assertThat(created.get(0).getString("priority")).isEqualTo("high");
        assertThat(created.get(0).getString("status")).isEqualTo("IN_PROGRESS");
        browser.await("WIP 1 in " + BUCKET, d -> wipShown() == 1);
    }

    private void expectFailedLoad(String path, int status) {
        expectedFailedLoads.add(
                "/" + path + " - Failed to load resource: the server responded with a status of " + status + " (");
    }

    private void fillResolution(long andon, String resolver) {
        // The list may be redrawn by a live update between finding the button and clicking it: find it again then
        browser.await("resolve button of Andon " + andon + " clicked", d -> {
            try {
                browser.find("button[data-resolve=\"" + andon + "\"]").click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return false;
            }
        });
        browser.await("resolve form open", d -> browser.find("#resolve-dialog").isDisplayed());
        browser.find("#resolve-root-cause").sendKeys("Flaky lint rule");
        browser.find("#resolve-fix-applied").sendKeys("Pinned the linter");
        browser.find("#resolve-prevention-added").sendKeys("Linter upgrades go through review");
        browser.find("#resolve-resolver").sendKeys(resolver);
    }

    private long trigger(String sku) {
        Http.Reply reply = http.post("api/andon", JSON, "{\"failureType\":\"lint_failure\",\"skuId\":\"" + sku + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void completeOneWorkOrder() {
        long id = line.create("Page lead time", "medium", BUCKET, LineClient.uniqueSku())
                .getJsonNumber("id")
                .longValue();
        for (int stage = 0; stage < 10 && !"COMPLETED".equals(line.workOrder(id).getString("status")); stage++) {
            line.commandOk(id, "advance");
        }
        assertThat(line.workOrder(id).getString("status")).isEqualTo("COMPLETED");
    }

    private static String createEvent(String description, String sku) {
        return "{\"type\":\"work_order.create\",\"description\":\"%s\",\"priority\":\"medium\",\"bucket\":\"%s\",\"skuId\":\"%s\"}"
                .formatted(description, BUCKET, sku);
    }

    /** A headline figure as the page shows it (its unformatted value; -1 before the first reading). */
    private long kpi(String name) {
        String value = browser.attribute("[data-kpi=\"" + name + "\"] dd", "data-value");
        return value == null || value.isEmpty() ? -1 : Math.round(Double.parseDouble(value));
    }

    private long wipShown() {
        List<?> cells = browser.findAll("[data-bucket=\"" + BUCKET + "\"] [data-wip]");
        return cells.isEmpty()
                ? -1
                : Long.parseLong(browser.attribute("[data-bucket=\"" + BUCKET + "\"] [data-wip]", "data-wip"));
    }

    /** The values of one dataset of a chart on the page, as Chart.js holds them (null where a step has no sample). */
    private List<Long> chartData(String canvas, int dataset) {
        Object data = browser.script(
                "const c = Chart.getChart(arguments[0]); return c && c.data.datasets[arguments[1]] ? c.data.datasets[arguments[1]].data : null;",
                canvas,
                dataset);
        if (!(data instanceof List<?> values)) {
            return List.of();
        }
        return values.stream()
                .map(v -> v == null ? null : ((Number) v).longValue())
                .toList();
    }

    private JsonObject metrics() {
        return ok(http.get("api/metrics/all"));
    }

    private JsonObject production() {
        return metrics().getJsonObject("production");
    }

    private List<JsonObject> kanban() {
        Http.Reply reply = http.get("api/kanban");
        assertThat(reply.status()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private static JsonObject ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    /** Whether this server has the event stream: its headers say text/event-stream (the body is not waited for). */
    private boolean streamServed() {
        HttpRequest request = http.authorized(HttpRequest.newBuilder(http.uri("api/stream")))
                .header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(10))
                .build();
        try {
            HttpResponse<InputStream> response = STREAM_PROBE.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream ignored = response.body()) {
                return response.statusCode() == 200
                        && response.headers()
                                .firstValue("Content-Type")
                                .orElse("")
                                .startsWith("text/event-stream");
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
