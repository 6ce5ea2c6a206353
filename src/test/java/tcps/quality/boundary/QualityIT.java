package tcps.quality.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
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

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityIT {

    private static final String JSON = "application/json";
    private static final Instant FROM = Instant.parse("2025-07-01T00:00:00Z");
    private static final Instant TO = FROM.plus(Duration.ofDays(10));

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    private Http http() {
        return new Http(deployment);
    }

    private static Instant day(int d) {
        return FROM.plus(Duration.ofDays(d));
    }

    @Test
    void qualitySummaryIsExactForOneSku() {
        String sku = "sku-" + UUID.randomUUID();
        long[] wo = workOrders(sku, 6);
        // Work order 1: every gate passed first time.
        gate(wo[1], sku, "unit_tests", true, "100,100,0", 0.9, 0, day(1));
        gate(wo[1], sku, "security_scan", true, null, null, 0, day(2));
        // Work order 2: unit tests failed, then passed on the retry.
        gate(wo[2], sku, "unit_tests", false, "50,40,10", 0.7, 2, day(1));
        gate(wo[2], sku, "unit_tests", true, "50,50,0", 0.8, 0, day(3));
        // Work order 3: the security scan failed.
        gate(wo[3], sku, "security_scan", false, null, null, 1, day(1));
        // Work order 4: passed.
        gate(wo[4], sku, "unit_tests", true, "10,10,0", 1.0, 0, day(4));
        // Outside the window: must not count.
        gate(wo[5], sku, "unit_tests", false, "10,0,10", 0.1, 5, day(-1));
        deploy(wo[1], sku, "production", true, day(5));
        deploy(wo[4], sku, "production", true, day(6));
        deploy(wo[2], sku, "staging", false, day(6));
        deploy(wo[5], sku, "staging", false, day(11));

        JsonObject summary = http().get("api/quality/summary?skuId=" + sku + "&from=" + FROM + "&to=" + TO)
                .json();

        assertThat(summary.getString("skuId")).isEqualTo(sku);
        assertThat(summary.getJsonNumber("gateResults").longValue()).isEqualTo(6);
        assertThat(rate(summary, "qualityGatePassRate")).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(summary.getJsonNumber("workOrders").longValue()).isEqualTo(4);
        assertThat(rate(summary, "firstPassYield")).isEqualTo(0.5);
        assertThat(rate(summary, "defectRate")).isCloseTo(2.0 / 6, within(1e-12));
        assertThat(rate(summary, "averageCoverage")).isCloseTo(0.85, within(1e-12));
        assertThat(summary.getJsonNumber("testsRun").longValue()).isEqualTo(210);
        assertThat(rate(summary, "testPassRate")).isCloseTo(200.0 / 210, within(1e-12));
        assertThat(summary.getJsonNumber("securityScans").longValue()).isEqualTo(2);
        assertThat(rate(summary, "securityScanPassRate")).isEqualTo(0.5);
        assertThat(summary.getJsonNumber("deployments").longValue()).isEqualTo(3);
        assertThat(rate(summary, "deploymentSuccessRate")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void skuWithoutDataHasNoRates() {
        JsonObject summary =
                http().get("api/quality/summary?skuId=sku-" + UUID.randomUUID()).json();

        assertThat(summary.getJsonNumber("gateResults").longValue()).isZero();
        assertThat(summary.isNull("qualityGatePassRate")).isTrue();
        assertThat(summary.isNull("firstPassYield")).isTrue();
        assertThat(summary.isNull("deploymentSuccessRate")).isTrue();
    }

    @Test
    void gateResultsAreListedByFilter() {
        String sku = "sku-" + UUID.randomUUID();
        long wo = workOrders(sku, 1)[0];
        long first = gate(wo, sku, "unit_tests", true, "5,5,0", 0.5, 0, day(1));
        long second = gate(wo, sku, "security_scan", true, null, null, 0, day(2));

        assertThat(array("api/quality/gates?skuId=" + sku))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactly(second, first);
        assertThat(array("api/quality/gates?workOrderId=" + wo))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactly(second, first);
        assertThat(array("api/quality/gates?skuId=" + sku + "&gate=security_scan"))
                .extracting(r -> r.getJsonNumber("id").longValue())
                .containsExactly(second);
        JsonObject stored = http().get("api/quality/gates/" + second).json();
        assertThat(stored.isNull("testsRun")).isTrue();
        assertThat(stored.getInt("defectsFound")).isZero();
    }

    @Test
    void invalidGateResultNamesTheFields() {
        Http.Reply reply = http().post(
                        "api/quality/gates",
                        JSON,
                        "{\"workOrderId\":1,\"stage\":\"build\",\"gate\":\"coverage\",\"passed\":true,"
                                + "\"coveragePercent\":1.5,\"testsRun\":3,\"testsPassed\":4}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("coveragePercent", "skuId", "testCountsConsistent");
    }

    @Test
    void invalidDeploymentNamesTheFields() {
        Http.Reply reply = http().post(
                        "api/quality/deployments", JSON, "{\"workOrderId\":0,\"skuId\":\"s\",\"environment\":\"\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(fields(reply)).containsExactly("environment", "success", "workOrderId");

        // Not recorded as a failed deployment
        Http.Reply yes = http().post(
                        "api/quality/deployments",
                        JSON,
                        "{\"workOrderId\":1,\"skuId\":\"s\",\"environment\":\"prod\",\"success\":\"yes\"}");
        assertThat(yes.status()).isEqualTo(400);
        assertThat(yes.json().getString("detail")).isEqualTo("success must be true or false.");
    }

    @Test
    void unknownIdsAre404AndBadWindowIs400() {
        assertThat(http().get("api/quality/gates/987654321").status()).isEqualTo(404);
        assertThat(http().get("api/quality/deployments/987654321").status()).isEqualTo(404);
        assertThat(http().get("api/quality/summary?to=2020-01-01").status()).isEqualTo(400);
        Http.Reply badId = http().get("api/quality/gates?workOrderId=abc");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(fields(badId)).containsExactly("workOrderId");
        assertThat(http().get("api/quality/summary?from=" + TO + "&to=" + FROM).status())
                .isEqualTo(400);
    }

    private static List<String> fields(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field"))
                .toList();
    }

    @Test
    void listsPageWithTotalsAndRefuseBadPaging() {
        String sku = "sku-" + UUID.randomUUID();
        long wo = workOrders(sku, 1)[0];
        for (int i = 0; i < 3; i++) {
            assertThat(http().post(
                                    "api/quality/gates",
                                    "application/json",
                                    "{\"workOrderId\":" + wo + ",\"skuId\":\"" + sku
                                            + "\",\"stage\":\"testing\",\"gate\":\"unit_tests\",\"passed\":true}")
                            .status())
                    .isEqualTo(201);
        }

        JsonObject page = http().get("api/quality/gates?skuId=" + sku + "&limit=2&offset=2")
                .json();

        assertThat(page.getInt("total")).isEqualTo(3);
        assertThat(page.getInt("offset")).isEqualTo(2);
        assertThat(page.getInt("limit")).isEqualTo(2);
        assertThat(page.getJsonArray("items")).hasSize(1);
        assertThat(http().get("api/quality/gates?limit=many").status()).isEqualTo(400);
        assertThat(http().get("api/quality/deployments?offset=-1").status()).isEqualTo(400);
        assertThat(http().get("api/tpm/tasks?limit=501").status()).isEqualTo(400);
    }

    /** Work orders the results are about: the line refuses results for work it never had. Index 0 is unused. */
    private long[] workOrders(String sku, int count) {
        LineClient line = new LineClient(deployment);
        long[] ids = new long[count];
        for (int i = 0; i < count; i++) {
            ids[i] = line.create("quality of " + sku, "low", "compliance", sku + "-" + i)
                    .getJsonNumber("id")
                    .longValue();
        }
        return ids;
    }

    @Test
    void resultsAboutAWorkOrderTheLineNeverHadAreRefused() {
        String unknown = "{\"workOrderId\":9000000000001,\"skuId\":\"s\",\"stage\":\"testing\",\"gate\":\"unit_tests\","
                + "\"passed\":true}";
        Http.Reply gate = http().post("api/quality/gates", JSON, unknown);
        Http.Reply deployment = http().post(
                        "api/quality/deployments",
                        JSON,
                        "{\"workOrderId\":9000000000001,\"skuId\":\"s\",\"environment\":\"prod\",\"success\":true}");

        for (Http.Reply reply : List.of(gate, deployment)) {
            assertThat(reply.status()).as(reply.body()).isEqualTo(404);
            assertThat(reply.body()).contains("No work order with id 9000000000001");
        }
    }

    private static double rate(JsonObject summary, String name) {
        return summary.getJsonNumber(name).doubleValue();
    }

    /** The items of a list page, after checking the page says how many match in all. */
    private List<JsonObject> array(String path) {
        JsonObject page = http().get(path).json();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(items.size());
        return items;
    }

    /** {@code tests} is "run,passed,failed" or null for a gate that runs no tests. */
    private long gate(
            long workOrder,
            String sku,
            String gate,
            boolean passed,
            String tests,
            Double coverage,
            int defects,
            Instant at) {
        StringBuilder body = new StringBuilder("{\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku + "\"")
                .append(",\"stage\":\"verify\",\"gate\":\"" + gate + "\",\"passed\":" + passed)
                .append(",\"defectsFound\":" + defects + ",\"recordedAt\":\"" + at + "\"");
        if (tests != null) {
            String[] counts = tests.split(",");
            body.append(
                    ",\"testsRun\":" + counts[0] + ",\"testsPassed\":" + counts[1] + ",\"testsFailed\":" + counts[2]);
        }
        if (coverage != null) {
            body.append(",\"coveragePercent\":" + coverage);
        }
        Http.Reply reply =
                http().post("api/quality/gates", JSON, body.append('}').toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void deploy(long workOrder, String sku, String environment, boolean success, Instant at) {
        Http.Reply reply = http().post(
                        "api/quality/deployments",
                        JSON,
                        "{\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku + "\",\"environment\":\"" + environment
                                + "\",\"success\":" + success + ",\"recordedAt\":\"" + at + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
}
