package tcps.ingestion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

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

    private static String create(String sku, String description) {
        return "{\"type\":\"work_order.create\",\"description\":\"%s\",\"priority\":\"low\",\"bucket\":\"security\","
                        .formatted(description)
                + "\"skuId\":\"" + sku + "\"}";
    }
}
