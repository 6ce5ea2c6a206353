package tcps.ingestion.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
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
import tcps.TcpsDeployment;

/**
 * Single events posted by many clients at once are committed in groups on PostgreSQL: each client gets its own answer,
 * and a bad event fails alone without taking the others in its group down.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GroupCommitIT {

    private static final String JSON = "application/json";
    private static final int CLIENTS = 24;
    private static final int EVENTS_EACH = 5;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void eachOfManyConcurrentSingleEventsIsCommittedAndAnsweredOnItsOwn() throws Exception {
        LineClient line = new LineClient(deployment);
        String sku = LineClient.uniqueSku();
        List<Future<List<Http.Reply>>> clients = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> post(line, sku, client)));
            }
            List<Http.Reply> replies = new ArrayList<>();
            for (Future<List<Http.Reply>> client : clients) {
                replies.addAll(client.get());
            }

            // Every third client's last event names a bucket that does not exist: it alone fails, with its own 400
            List<Http.Reply> refused =
                    replies.stream().filter(r -> r.status() != 200).toList();
            assertThat(refused).hasSize(CLIENTS / 3).allSatisfy(reply -> {
                assertThat(reply.status()).isEqualTo(400);
                assertThat(reply.contentType()).startsWith("application/problem+json");
                assertThat(reply.json().getString("detail")).contains("no-such-bucket");
            });
            List<JsonObject> accepted = replies.stream()
                    .filter(r -> r.status() == 200)
                    .map(Http.Reply::json)
                    .toList();
            assertThat(accepted).hasSize(CLIENTS * EVENTS_EACH - CLIENTS / 3).allSatisfy(answer -> {
                assertThat(answer.getInt("index")).isZero();
                assertThat(answer.getString("type")).isEqualTo("work_order.create");
            });
            List<Long> ids = accepted.stream()
                    .map(a -> a.getJsonObject("result")
                            .getJsonNumber("workOrderId")
                            .longValue())
                    .toList();
            assertThat(ids).doesNotHaveDuplicates();
            List<Long> stored = line.list("skuId=" + sku + "&limit=500").stream()
                    .map(w -> w.getJsonNumber("id").longValue())
                    .toList();
            assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
        } finally {
            pool.shutdownNow();
            line.drain("cost");
        }
    }

    @Test
    void anInvalidTransitionPostedAloneIs409() {
        LineClient line = new LineClient(deployment);
        long id = line.create("group commit", "low", "cost", LineClient.uniqueSku())
                .getJsonNumber("id")
                .longValue();
        line.command(id, "cancel");

        Http.Reply reply =
                line.http().post("api/events", JSON, "{\"type\":\"work_order.advance\",\"workOrderId\":" + id + "}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().getString("detail")).contains(Long.toString(id));
    }

    private static List<Http.Reply> post(LineClient line, String sku, int client) {
        List<Http.Reply> replies = new ArrayList<>();
        for (int e = 0; e < EVENTS_EACH; e++) {
            boolean bad = client % 3 == 0 && e == EVENTS_EACH - 1;
            String event =
                    "{\"type\":\"work_order.create\",\"description\":\"client %d event %d\",\"priority\":\"low\","
                                    .formatted(client, e)
                            + "\"bucket\":\"" + (bad ? "no-such-bucket" : "cost") + "\",\"skuId\":\"" + sku + "\"}";
            replies.add(line.http().post("api/events", JSON, event));
        }
        return replies;
    }
}
