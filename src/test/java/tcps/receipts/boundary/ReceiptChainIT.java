package tcps.receipts.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/** The receipt chain a work order's passed stages build per SKU, and how tampering with it is found. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReceiptChainIT {

    private static final List<String> STAGES = List.of("compilation", "testing", "quality_gate", "deployment");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void everyPassedStageGetsAChainedReceipt() {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        String sku = LineClient.uniqueSku();
        completeAllStages(line, id(line.create("first", "medium", "reliability", sku)));
        completeAllStages(line, id(line.create("second", "medium", "reliability", sku)));

        JsonObject chain = receipts(line, sku);
        List<JsonObject> receipts = chain.getJsonArray("receipts").getValuesAs(JsonObject.class);

        assertThat(receipts).hasSize(8);
        assertThat(receipts).extracting(r -> r.getInt("position")).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(receipts.get(0).containsKey("previousHash"))
                .as("the first receipt links to nothing")
                .isFalse();
        for (int i = 1; i < receipts.size(); i++) {
            assertThat(receipts.get(i).getString("previousHash"))
                    .isEqualTo(receipts.get(i - 1).getString("hash"));
        }
        assertThat(chain.getJsonObject("validation").getBoolean("valid")).isTrue();
    }

    @Test
    void concurrentStagesOfOneSkuExtendItsChainOrAskForARetryButNeverFail() throws Exception {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        String sku = LineClient.uniqueSku();
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(id(line.create("parallel " + i, "medium", "reliability", sku)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(ids.size());
        try {
            for (int round = 0; round < 3; round++) {
                List<Future<Integer>> advances = new ArrayList<>();
                for (long id : ids) {
                    advances.add(pool.submit(() -> advanceRetryingConflicts(line, id)));
                }
                for (Future<Integer> advance : advances) {
                    assertThat(advance.get()).isEqualTo(200);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        JsonObject chain = receipts(line, sku);
        assertThat(chain.getJsonArray("receipts")).hasSize(15);
        assertThat(chain.getJsonObject("validation").getBoolean("valid")).isTrue();
        line.drain("reliability");
    }

    /** Advances once; a 409 "concurrent change" is retried, anything else is returned. */
    private static int advanceRetryingConflicts(LineClient line, long id) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Http.Reply reply = line.command(id, "advance");
            if (reply.status() != 409) {
                return reply.status();
            }
            assertThat(reply.json().getString("type")).isEqualTo("urn:tcps:problem:concurrent-change");
        }
        return 409;
    }

    @Test
    void aTamperedReceiptBreaksTheChainWhereItWasChanged() throws SQLException {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        String sku = LineClient.uniqueSku();
        completeAllStages(line, id(line.create("to be tampered", "medium", "reliability", sku)));

        tamper(
                "UPDATE receipt SET payload = REPLACE(payload, '\"PASSED\"', '\"FAILED\"') WHERE sku_id = ? AND position = 2",
                sku);
        JsonObject validation =
                line.http().get("api/sku/" + sku + "/receipts/validation").json();

        assertThat(validation.getBoolean("valid")).isFalse();
        List<JsonObject> breaks = validation.getJsonArray("breaks").getValuesAs(JsonObject.class);
        assertThat(breaks).extracting(b -> b.getInt("position")).containsExactly(2);
        assertThat(breaks.get(0).getString("reason")).contains("hash");
    }

    @Test
    void aRewrittenLinkIsFoundToo() throws SQLException {
        LineClient line = new LineClient(deployment);
        line.drain("reliability");
        String sku = LineClient.uniqueSku();
        completeAllStages(line, id(line.create("relinked", "medium", "reliability", sku)));

        tamper("UPDATE receipt SET previous_hash = REPEAT('0', 64) WHERE sku_id = ? AND position = 3", sku);
        JsonObject validation =
                line.http().get("api/sku/" + sku + "/receipts/validation").json();

        assertThat(validation.getBoolean("valid")).isFalse();
        assertThat(validation.getJsonArray("breaks").getValuesAs(JsonObject.class))
                .extracting(b -> b.getInt("position"))
                .containsExactly(3);
    }

    private static void completeAllStages(LineClient line, long id) {
        for (int i = 0; i < STAGES.size(); i++) {
            line.commandOk(id, "advance");
        }
        assertThat(line.workOrder(id).getString("status")).isEqualTo("COMPLETED");
    }

    private static JsonObject receipts(LineClient line, String sku) {
        Http.Reply reply = line.http().get("api/sku/" + sku + "/receipts");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    private static void tamper(String update, String sku) throws SQLException {
        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement(update)) {
            sql.setString(1, sku);
            assertThat(sql.executeUpdate()).isEqualTo(1);
        }
    }

    private static long id(JsonObject workOrder) {
        return workOrder.getJsonNumber("id").longValue();
    }
}
