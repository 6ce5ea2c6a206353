package tcps.workorders.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
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

/** The work-order life cycle, on the default bucket "reliability" (its receipts: ReceiptChainIT). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkOrdersIT {

    private static final List<String> STAGES = List.of("compilation", "testing", "quality_gate", "deployment");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void aWorkOrderPassesEveryStageWithExactTimings() {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        long id = id(line.create("Fix authentication bug", "high", "reliability", LineClient.uniqueSku()));

        for (int i = 0; i < STAGES.size() - 1; i++) {
            assertThat(line.commandOk(id, "advance").getString("stage")).isEqualTo(STAGES.get(i + 1));
        }
        JsonObject done = line.commandOk(id, "complete");

        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        Instant created = Instant.parse(done.getString("createdAt"));
        Instant started = Instant.parse(done.getString("startedAt"));
        Instant completed = Instant.parse(done.getString("completedAt"));
        assertThat(done.getJsonNumber("leadTimeMs").longValue())
                .isEqualTo(Duration.between(created, completed).toMillis());
        assertThat(done.getJsonNumber("cycleTimeMs").longValue())
                .isEqualTo(Duration.between(started, completed).toMillis());
        List<JsonObject> stages = done.getJsonArray("stages").getValuesAs(JsonObject.class);
        assertThat(stages).extracting(s -> s.getString("stage")).containsExactlyElementsOf(STAGES);
        assertThat(stages).allSatisfy(s -> assertThat(s.getString("outcome")).isEqualTo("PASSED"));
    }

    @Test
    void invalidTransitionsAre409AndChangeNothing() {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        long id = id(line.create("mid-way", "low", "reliability", LineClient.uniqueSku()));
        line.commandOk(id, "advance");

        Http.Reply early = line.command(id, "complete");
        Http.Reply notBlocked = line.command(id, "unblock");

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.contentType()).startsWith("application/problem+json");
        assertThat(early.json().getString("detail")).contains("testing");
        assertThat(notBlocked.status()).isEqualTo(409);
        JsonObject after = line.workOrder(id);
        assertThat(after.getString("status")).isEqualTo("IN_PROGRESS");
        assertThat(after.getString("stage")).isEqualTo("testing");
        line.commandOk(id, "cancel");
        assertThat(line.command(id, "advance").status()).isEqualTo(409);
    }

    @Test
    void blockedWorkKeepsItsSlotAndCannotAdvance() {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        long id = id(line.create("blocked", "low", "reliability", LineClient.uniqueSku()));

        JsonObject blocked = line.commandOk(id, "block");

        assertThat(blocked.getString("status")).isEqualTo("BLOCKED");
        assertThat(line.wip("reliability").getInt("current")).isEqualTo(1);
        assertThat(line.command(id, "advance").status()).isEqualTo(409);
        assertThat(line.commandOk(id, "unblock").getString("status")).isEqualTo("IN_PROGRESS");
        line.commandOk(id, "fail");
        assertThat(line.workOrder(id).getString("status")).isEqualTo("FAILED");
        assertThat(line.wip("reliability").getInt("current")).isZero();
    }

    @Test
    void workCreatedWithoutASkuGetsOneOfItsOwn() {
        LineClient line = new LineClient(deployment);

        Http.Reply created = line.http()
                .post(
                        "api/work-orders",
                        "application/json",
                        "{\"description\":\"Fix authentication bug\",\"priority\":\"high\",\"bucket\":\"reliability\"}");
        Http.Reply blankSku = line.http()
                .post(
                        "api/work-orders",
                        "application/json",
                        "{\"description\":\"x\",\"priority\":\"high\",\"bucket\":\"reliability\",\"skuId\":\"\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().getJsonNumber("id").longValue();
        assertThat(created.json().getString("skuId")).isEqualTo("SKU-reliability-" + id);
        assertThat(line.list("skuId=SKU-reliability-" + id)).hasSize(1);
        assertThat(blankSku.status()).isEqualTo(400);
    }

    @Test
    void badInputIs400AndUnknownIs404() {
        LineClient line = new LineClient(deployment);

        Http.Reply invalid = line.http()
                .post(
                        "api/work-orders",
                        "application/json",
                        "{\"description\":\"\",\"priority\":\"urgent\",\"bucket\":\"reliability\",\"skuId\":\"bad sku\"}");
        Http.Reply badFilter = line.http().get("api/work-orders?status=SLEEPING");

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(e -> e.getString("field"))
                .containsExactly("description", "priority", "skuId");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(line.http().get("api/work-orders/999999999").status()).isEqualTo(404);
        assertThat(line.command(999999999, "advance").status()).isEqualTo(404);
        assertThat(line.http().get("api/sku/NO-SUCH-SKU/receipts").status()).isEqualTo(404);
    }

    @Test
    void listsFilterAndPage() {
        LineClient line = new LineClient(deployment);
        line.drain("cost");
        String sku = LineClient.uniqueSku();
        for (int i = 0; i < 5; i++) {
            line.create("page " + i, "low", "cost", sku);
        }

        JsonObject first =
                line.http().get("api/work-orders?skuId=" + sku + "&limit=2").json();
        JsonObject third = line.http()
                .get("api/work-orders?skuId=" + sku + "&limit=2&offset=4")
                .json();
        List<JsonObject> queued = line.list("skuId=" + sku + "&status=QUEUED");

        assertThat(first.getInt("total")).isEqualTo(5);
        assertThat(first.getJsonArray("items")).hasSize(2);
        assertThat(first.getJsonArray("items").getJsonObject(0).getString("description"))
                .isEqualTo("page 4");
        assertThat(third.getJsonArray("items")).hasSize(1);
        assertThat(third.getJsonArray("items").getJsonObject(0).getString("description"))
                .isEqualTo("page 0");
        assertThat(queued).hasSize(2);
        assertThat(line.http().get("api/work-orders?limit=0").status()).isEqualTo(400);
        Http.Reply reversed = line.http().get("api/work-orders?from=2026-11-25T00:00:00Z&to=2026-11-24T00:00:00Z");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().getString("detail")).contains("'from'", "lies after 'to'");
        line.drain("cost");
    }

    private static long id(JsonObject workOrder) {
        return workOrder.getJsonNumber("id").longValue();
    }
}
