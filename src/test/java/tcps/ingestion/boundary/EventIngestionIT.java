package tcps.ingestion.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.JsonShapes.assertProblem;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
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
class EventIngestionIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void aBatchIsAppliedInOrder() {
        LineClient line = new LineClient(deployment);
        line.drain("security");
        String sku = LineClient.uniqueSku();
        String batch = "[" + create(sku, "one") + "," + create(sku, "two") + "," + create(sku, "three") + "]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().getInt("accepted")).isEqualTo(3);
        List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
        long first = results.get(0)
                .getJsonObject("result")
                .getJsonNumber("workOrderId")
                .longValue();
        Http.Reply advanced =
                line.http().post("api/events", JSON, "{\"type\":\"work_order.advance\",\"workOrderId\":" + first + "}");
        assertThat(advanced.status()).as(advanced.body()).isEqualTo(200);
        assertThat(line.workOrder(first).getString("stage")).isEqualTo("testing");
        assertThat(line.list("skuId=" + sku)).hasSize(3);
        line.drain("security");
    }

    @Test
    void aRunOfCreatesFillsTheFreeSlotsInOrderAndQueuesTheRest() {
        LineClient line = new LineClient(deployment);
        line.drain("security");
        String sku = LineClient.uniqueSku();
        String batch = "[" + String.join(",", create(sku, "1"), create(sku, "2"), create(sku, "3"), create(sku, "4"))
                + "," + create(sku, "5") + "]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
        assertThat(results).extracting(r -> r.getInt("index")).containsExactly(0, 1, 2, 3, 4);
        assertThat(results)
                .extracting(r ->
                        r.getJsonObject("result").getJsonNumber("workOrderId").longValue())
                .isSorted()
                .doesNotHaveDuplicates();
        // security's WIP limit is 3: the first three start at once, in order, the other two wait
        assertThat(results)
                .extracting(r -> r.getJsonObject("result").getString("status"))
                .containsExactly("IN_PROGRESS", "IN_PROGRESS", "IN_PROGRESS", "QUEUED", "QUEUED");
        assertThat(line.list("skuId=" + sku + "&status=IN_PROGRESS")).hasSize(3);
        line.drain("security");
    }

    @Test
    void anUnknownBucketInARunOfCreatesNamesItsEventAndWritesNothing() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        String batch = "[" + create(sku, "a") + "," + create(sku, "b") + ","
                + create(sku, "c").replace("\"security\"", "\"no-such-bucket\"") + "]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().getString("detail"))
                .isEqualTo("Event 2 (work_order.create): no Kanban bucket named 'no-such-bucket' takes new work.");
        assertThat(line.list("skuId=" + sku)).isEmpty();
    }

    @Test
    void workCreatedWithoutASkuGetsOneOfItsOwnAndABlankSkuIsRefused() {
        LineClient line = new LineClient(deployment);
        String withoutSku =
                "{\"type\":\"work_order.create\",\"description\":\"d\",\"priority\":\"low\",\"bucket\":\"security\"}";

        Http.Reply reply = line.http().post("api/events", JSON, withoutSku);
        Http.Reply blank = line.http().post("api/events", JSON, withoutSku.replace("}", ",\"skuId\":\" \"}"));

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        long id = reply.json()
                .getJsonObject("result")
                .getJsonNumber("workOrderId")
                .longValue();
        assertThat(line.workOrder(id).getString("skuId")).isEqualTo("SKU-security-" + id);
        assertThat(blank.status()).as(blank.body()).isEqualTo(400);
        assertThat(blank.json().getString("detail")).contains("skuId");
        line.drain("security");
    }

    @Test
    void aBatchWithOneBadEventWritesNothing() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        String batch = "[" + create(sku, "ok") + ",{\"type\":\"work_order.create\",\"description\":\"no bucket\","
                + "\"priority\":\"low\",\"skuId\":\"" + sku + "\"}]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).startsWith("Event 1 (work_order.create): bucket is required");
        assertThat(line.list("skuId=" + sku)).isEmpty();
    }

    @Test
    void anInvalidTransitionInABatchIs409AndRollsBackTheRest() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        long id = line.create("to cancel", "low", "security", sku)
                .getJsonNumber("id")
                .longValue();
        line.commandOk(id, "cancel");
        String batch = "[" + create(sku, "would be created") + ",{\"type\":\"work_order.advance\",\"workOrderId\":" + id
                + "}]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().getString("detail")).startsWith("Event 1 (work_order.advance)");
        assertThat(line.list("skuId=" + sku)).hasSize(1);
    }

    @Test
    void oneBatchCarriesEveryComponentsEvents() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        long workOrder = line.create("batch of every component", "low", "cost", sku)
                .getJsonNumber("id")
                .longValue();
        String batch = "["
                + String.join(
                        ",",
                        "{\"type\":\"andon.trigger\",\"failureType\":\"test_failure\",\"skuId\":\"" + sku + "\"}",
                        "{\"type\":\"quality.gate\",\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku
                                + "\",\"stage\":\"testing\","
                                + "\"gate\":\"unit_tests\",\"passed\":true,\"testsRun\":10,\"testsPassed\":10}",
                        "{\"type\":\"tpm.failure\",\"component\":\"build-farm-" + sku + "\",\"cause\":\"disk full\"}",
                        "{\"type\":\"kaizen.proposal\",\"title\":\"Cache dependencies\",\"wasteType\":\"waiting\","
                                + "\"description\":\"builds wait on downloads\"}")
                + "]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonObject> results = reply.json().getJsonArray("results").getValuesAs(JsonObject.class);
        JsonObject andon = results.get(0).getJsonObject("result");
        assertThat(andon.getString("severity")).isEqualTo("CRITICAL");
        assertThat(line.http()
                        .get("api/andon/" + andon.getJsonNumber("andonId"))
                        .status())
                .isEqualTo(200);
        long gate = results.get(1)
                .getJsonObject("result")
                .getJsonNumber("gateResultId")
                .longValue();
        assertThat(line.http().get("api/quality/gates/" + gate).json().getString("skuId"))
                .isEqualTo(sku);
        long failure = results.get(2)
                .getJsonObject("result")
                .getJsonNumber("failureId")
                .longValue();
        assertThat(line.http().get("api/tpm/failures/" + failure).status()).isEqualTo(200);
        long proposal = results.get(3)
                .getJsonObject("result")
                .getJsonNumber("proposalId")
                .longValue();
        assertThat(line.http().get("api/kaizen/proposals/" + proposal).status()).isEqualTo(200);
    }

    @Test
    void aComponentEventBreakingItsRulesNamesTheEventAndField() {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        String batch = "[{\"type\":\"andon.trigger\",\"failureType\":\"test_failure\",\"skuId\":\"" + sku + "\"},"
                + "{\"type\":\"quality.gate\",\"workOrderId\":1,\"skuId\":\"" + sku + "\",\"stage\":\"testing\","
                + "\"passed\":true,\"coveragePercent\":1.5}]";

        Http.Reply reply = line.http().post("api/events/batch", JSON, batch);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getString("detail"))
                .startsWith("Event 1 (quality.gate):")
                .contains("gate must not be blank")
                .contains("coveragePercent");
        assertThat(line.http().get("api/andon?skuId=" + sku).json().getInt("total"))
                .isZero();

        Http.Reply listed = line.http()
                .post(
                        "api/events",
                        JSON,
                        "{\"type\":\"andon.trigger\",\"failureType\":\"test_failure\",\"skuId\":\"" + sku
                                + "\",\"details\":[\"x\"]}");
        assertThat(listed.status()).isEqualTo(400);
        assertThat(listed.json().getString("detail"))
                .startsWith("Event 0 (andon.trigger): details must be a JSON object of strings");
        Http.Reply wrapped = line.http()
                .post("api/events", JSON, "{\"type\":\"work_order.advance\",\"workOrderId\":18446744073709551617}");
        assertThat(wrapped.status()).isEqualTo(400);
        assertThat(wrapped.json().getString("detail"))
                .isEqualTo("Event 0 (work_order.advance): workOrderId must be a positive integer.");
    }

    @Test
    void unknownTypesAndMalformedBatchesAre400() {
        Http http = new Http(deployment);

        Http.Reply unknown = http.post("api/events", JSON, "{\"type\":\"coffee.brewed\"}");
        Http.Reply notObjects = http.post("api/events/batch", JSON, "[1, 2]");
        Http.Reply empty = http.post("api/events/batch", JSON, "[]");

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().getString("detail")).contains("work_order.create");
        assertThat(notObjects.status()).isEqualTo(400);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(http.get("api/events/types").body()).contains("work_order.advance");
    }

    @Test
    void bodiesOfTheWrongJsonTypeAre400Problems() {
        Http http = new Http(deployment);

        for (String body : List.of("[]", "null", "\"event\"", "42")) {
            assertThat(assertProblem(http.post("api/events", JSON, body), 400).getString("detail"))
                    .as(body)
                    .startsWith("The body must be one event, a JSON object");
        }
        for (String body : List.of("{}", "null", "true")) {
            assertThat(assertProblem(http.post("api/events/batch", JSON, body), 400)
                            .getString("detail"))
                    .as(body)
                    .startsWith("The body must be a batch, a JSON array of events");
        }
        String tooDeep = "[".repeat(2000) + "]".repeat(2000);
        for (String path : List.of("api/events", "api/events/batch")) {
            assertThat(assertProblem(http.post(path, JSON, tooDeep), 400).getString("type"))
                    .as(path)
                    .isEqualTo("urn:tcps:problem:malformed-json");
        }
    }

    private static String create(String sku, String description) {
        return "{\"type\":\"work_order.create\",\"description\":\"%s\",\"priority\":\"low\",\"bucket\":\"security\","
                        .formatted(description)
                + "\"skuId\":\"" + sku + "\"}";
    }
}
