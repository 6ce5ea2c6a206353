package tcps.andon.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static tcps.andon.boundary.AndonApi.BASE;
import static tcps.andon.boundary.AndonApi.andon;
import static tcps.andon.boundary.AndonApi.invalidFields;
import static tcps.andon.boundary.AndonApi.problem;
import static tcps.andon.boundary.AndonApi.uniqueSku;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.LineClient;
import tcps.TcpsDeployment;

/** Lists, the summary and input validation of the Andon API. Other rows may exist: tests filter by their own SKU. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AndonQueriesIT {

    @ArquillianResource
    URL deployment;

    private AndonApi api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        api = new AndonApi(deployment);
    }

    private static long id(JsonObject event) {
        return event.getJsonNumber("id").longValue();
    }

    private static List<Long> ids(List<JsonObject> events) {
        return events.stream().map(AndonQueriesIT::id).toList();
    }

    @Test
    void listFiltersBySkuStatusSeverityAndWorkOrderNewestFirst() {
        String sku = uniqueSku();
        long workOrder = new LineClient(deployment)
                .create("andon target", "low", "reliability", sku)
                .getJsonNumber("id")
                .longValue();
        long first = id(api.trigger("test_failure", sku));
        long second = id(api.trigger(andon("coverage_drop", sku).add("workOrderId", workOrder)));
        long third = id(api.trigger("documentation_gap", sku));
        api.resolve(first, "ana");

        JsonObject all = api.get(BASE + "?skuId=" + sku);
        assertThat(all.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(ids(all.getJsonArray("items").getValuesAs(JsonObject.class))).containsExactly(third, second, first);
        assertThat(ids(api.items("skuId=" + sku + "&status=open"))).containsExactly(third, second);
        assertThat(ids(api.items("skuId=" + sku + "&status=RESOLVED"))).containsExactly(first);
        assertThat(ids(api.items("skuId=" + sku + "&severity=WARNING"))).containsExactly(second);
        assertThat(ids(api.items("skuId=" + sku + "&severity=critical&status=open")))
                .isEmpty();
        assertThat(ids(api.items("workOrderId=" + workOrder))).containsExactly(second);
    }

    @Test
    void listPagesWithLimitAndOffset() {
        String sku = uniqueSku();
        long a = id(api.trigger("test_failure", sku));
        long b = id(api.trigger("test_failure", sku));
        long c = id(api.trigger("test_failure", sku));

        JsonObject page = api.get(BASE + "?skuId=" + sku + "&limit=2");
        assertThat(page.getInt("limit")).isEqualTo(2);
        assertThat(page.getInt("offset")).isZero();
        assertThat(page.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(ids(page.getJsonArray("items").getValuesAs(JsonObject.class)))
                .containsExactly(c, b);
        assertThat(ids(api.items("skuId=" + sku + "&limit=2&offset=2"))).containsExactly(a);
        assertThat(api.items("skuId=" + sku + "&offset=3")).isEmpty();
        assertThat(api.get(BASE).getInt("limit")).isEqualTo(50);
    }

    @Test
    void listFiltersByTriggerTimeWithFromInclusiveAndToExclusive() {
        String sku = uniqueSku();
        JsonObject early = api.trigger("test_failure", sku);
        JsonObject late = api.trigger("test_failure", sku);
        while (late.getString("triggeredAt").equals(early.getString("triggeredAt"))) {
            late = api.trigger("test_failure", sku);
        }
        String lateAt = late.getString("triggeredAt");

        assertThat(ids(api.items("skuId=" + sku + "&from=" + lateAt))).startsWith(id(late));
        assertThat(ids(api.items("skuId=" + sku + "&from=" + lateAt))).doesNotContain(id(early));
        assertThat(ids(api.items("skuId=" + sku + "&to=" + lateAt)))
                .contains(id(early))
                .doesNotContain(id(late));
        assertThat(api.items("skuId=" + sku + "&from=" + Instant.now().plusSeconds(3600)))
                .isEmpty();
    }

    @Test
    void summaryCountsWhatThisTestDid() {
        JsonObject before = api.summary();
        String sku = uniqueSku();
        long critical = id(api.trigger("test_failure", sku));
        long warning = id(api.trigger("lint_failure", sku));
        api.escalate(critical);
        api.escalate(critical);
        JsonObject resolved = api.resolve(warning, "ana");

        JsonObject after = api.summary();

        assertThat(delta(before, after, "openTotal")).isEqualTo(1);
        assertThat(bySeverity(after, "CRITICAL") - bySeverity(before, "CRITICAL"))
                .isEqualTo(1);
        assertThat(bySeverity(after, "WARNING") - bySeverity(before, "WARNING")).isZero();
        assertThat(delta(before, after, "resolvedTotal")).isEqualTo(1);
        assertThat(delta(before, after, "escalations")).isEqualTo(2);
        assertThat(delta(before, after, "triggersLastHour")).isEqualTo(2);
        long n = before.getJsonNumber("resolvedTotal").longValue();
        double averageBefore =
                n == 0 ? 0 : before.getJsonNumber("averageResolutionMs").doubleValue();
        long added = resolved.getJsonNumber("resolutionTimeMs").longValue();
        assertThat(after.getJsonNumber("averageResolutionMs").doubleValue())
                .isCloseTo((averageBefore * n + added) / (n + 1), within(1e-6));
        JsonObject oldest = after.getJsonObject("oldestOpenCritical");
        assertThat(Instant.parse(oldest.getString("triggeredAt")))
                .isBeforeOrEqualTo(Instant.parse(api.get(BASE + "/" + critical).getString("triggeredAt")));
    }

    @Test
    void invalidTriggerBodiesAre400NamingEveryField() {
        assertThat(invalidFields(api.post(BASE, Json.createObjectBuilder().build())))
                .containsExactly("failureType", "skuId");
        assertThat(invalidFields(api.post(
                        BASE,
                        andon("not a type!", " ")
                                .add("workOrderId", -1)
                                .add("stage", "s".repeat(65))
                                .build())))
                .containsExactly("failureType", "skuId", "stage", "workOrderId");
        assertThat(invalidFields(api.post(
                        BASE,
                        andon("test_failure", uniqueSku())
                                .add(
                                        "details",
                                        Json.createObjectBuilder()
                                                .add("k", "v".repeat(501))
                                                .add(" ", "blank key"))
                                .build())))
                .containsExactly("details (a key)", "details[k]");
        problem(api.http().post(BASE, AndonApi.JSON, ""), 400);
        problem(api.http().post(BASE, AndonApi.JSON, "{\"failureType\": 42"), 400);
        JsonObject listed = problem(
                api.http()
                        .post(
                                BASE,
                                AndonApi.JSON,
                                "{\"failureType\":\"test_failure\",\"skuId\":\"s\",\"details\":[\"x\"]}"),
                400);
        assertThat(listed.getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
        assertThat(listed.getString("detail")).startsWith("details must be a JSON object of strings");
        // Not rounded to work order 1, nor wrapped around to it
        for (String notAnId : List.of("1.5", "18446744073709551617")) {
            JsonObject refused = problem(
                    api.http()
                            .post(
                                    BASE,
                                    AndonApi.JSON,
                                    "{\"failureType\":\"test_failure\",\"skuId\":\"s\",\"workOrderId\":" + notAnId
                                            + "}"),
                    400);
            assertThat(refused.getString("detail")).startsWith("workOrderId must be a whole number");
        }
    }

    @Test
    void invalidResolutionsAre400NamingTheFieldAndLeaveTheEventOpen() {
        long id = id(api.trigger("test_failure", uniqueSku()));
        JsonObject blankResolver = Json.createObjectBuilder(AndonApi.resolution(" "))
                .remove("preventionAdded")
                .build();

        assertThat(invalidFields(api.post(BASE + "/" + id + "/resolve", blankResolver)))
                .containsExactly("preventionAdded", "resolver");
        assertThat(api.get(BASE + "/" + id).getString("status")).isEqualTo("OPEN");
    }

    @Test
    void invalidListParametersAre400NamingTheParameter() {
        assertThat(invalidFields(api.http().get(BASE + "?limit=0"))).containsExactly("limit");
        assertThat(invalidFields(api.http().get(BASE + "?limit=501"))).containsExactly("limit");
        assertThat(invalidFields(api.http().get(BASE + "?limit=many"))).contains("limit");
        assertThat(invalidFields(api.http().get(BASE + "?offset=-1"))).containsExactly("offset");
        assertThat(invalidFields(api.http().get(BASE + "?status=closed"))).containsExactly("status");
        assertThat(invalidFields(api.http().get(BASE + "?severity=fatal"))).containsExactly("severity");
        assertThat(invalidFields(api.http().get(BASE + "?workOrderId=x"))).containsExactly("workOrderId");
        assertThat(invalidFields(api.http().get(BASE + "?from=yesterday&to=2026-13-01T00:00:00Z")))
                .containsExactly("from", "to");
        var reversed = api.http().get(BASE + "?from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z");
        assertThat(problem(reversed, 400).getString("detail")).contains("lies after 'to'");
    }

    private static long delta(JsonObject before, JsonObject after, String figure) {
        return after.getJsonNumber(figure).longValue()
                - before.getJsonNumber(figure).longValue();
    }

    private static long bySeverity(JsonObject summary, String severity) {
        return summary.getJsonObject("openBySeverity").getJsonNumber(severity).longValue();
    }
}
