package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;

/**
 * The dashboard's event stream over HTTP, read as a browser reads it, on PostgreSQL (metrics-update every second in
 * the test server, see arquillian.xml).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EventStreamIT {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @ArquillianResource
    URL deployment;

    private Http http;
    private URI stream;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        stream = http.uri("api/stream");
    }

    private String triggerAndon(String sku) {
        JsonObject body = Json.createObjectBuilder()
                .add("failureType", "Test_Failure")
                .add("skuId", sku)
                .build();
        Http.Reply reply = http.post("api/andon", "application/json", body.toString());
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return sku;
    }

    private static boolean andonFor(SseClient.Event event, String sku) {
        return event.name().equals("andon_triggered")
                && event.json().getString("skuId").equals(sku);
    }

    private static String sku() {
        return "SKU-SSE-" + UUID.randomUUID();
    }

    @Test
    void aClientGetsConnectedThenMetricsUpdatesThenTheAndonsTriggeredOverRest() throws Exception {
        try (SseClient client = SseClient.open(stream, null)) {
            assertThat(client.status).isEqualTo(200);
            assertThat(client.contentType).startsWith("text/event-stream");

            SseClient.Event connected = client.await(e -> true, WAIT);
            assertThat(connected.name()).isEqualTo("connected");
            JsonObject hello = connected.json();
            assertThat(hello.getString("serverVersion"))
                    .isEqualTo(http.get("api/health").json().getString("version"));
            assertThat(hello.getInt("clientCount")).isPositive();
            assertThat(hello.getString("timestamp")).isNotBlank();

            SseClient.Event metrics = client.await("metrics-update", WAIT);
            assertThat(metrics.id()).isGreaterThan(connected.id());
            assertThat(metrics.json().keySet())
                    .isEqualTo(http.get("api/metrics/all").json().keySet());

            String sku = triggerAndon(sku());
            SseClient.Event andon = client.await(e -> andonFor(e, sku), WAIT);
            assertThat(andon.json().getString("failureType")).isEqualTo("test_failure");
            assertThat(andon.id()).isGreaterThan(connected.id());

            List<Long> ids = client.received().stream().map(SseClient.Event::id).toList();
            assertThat(ids).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void aClientReconnectingWithLastEventIdGetsWhatItMissedExactlyOnceThenLiveEvents() throws Exception {
        String first = sku();
        long lastSeen;
        try (SseClient client = SseClient.open(stream, null)) {
            client.await("connected", WAIT);
            triggerAndon(first);
            lastSeen = client.await(e -> andonFor(e, first), WAIT).id();
        }
        List<String> missed = List.of(triggerAndon(sku()), triggerAndon(sku()), triggerAndon(sku()));

        try (SseClient client = SseClient.open(stream, Long.toString(lastSeen))) {
            SseClient.Event connected = client.await(e -> true, WAIT);
            assertThat(connected.name()).isEqualTo("connected");
            assertThat(connected.id()).isEqualTo(lastSeen);
            for (String sku : missed) {
                client.await(e -> andonFor(e, sku), WAIT);
            }
            String live = triggerAndon(sku());
            client.await(e -> andonFor(e, live), WAIT);
            client.await("metrics-update", WAIT);

            List<SseClient.Event> received = client.received();
            List<Long> ids = received.stream().map(SseClient.Event::id).toList();
            assertThat(ids.subList(1, ids.size()))
                    .as("after connected: increasing ids, no duplicates, nothing from before the reconnect")
                    .isSorted()
                    .doesNotHaveDuplicates()
                    .allMatch(id -> id > lastSeen);
            List<String> andons = received.stream()
                    .filter(e -> e.name().equals("andon_triggered"))
                    .map(e -> e.json().getString("skuId"))
                    .filter(sku -> sku.startsWith("SKU-SSE-"))
                    .toList();
            assertThat(andons).containsSubsequence(missed).contains(live).doesNotContain(first);
            assertThat(andons.stream().filter(missed::contains)).hasSize(3);
            assertThat(received.stream().filter(e -> e.name().equals("reload"))).isEmpty();
        }
    }

    @Test
    void aClientWhoseLastEventIdIsNoLongerKeptIsToldToReload() throws Exception {
        try (SseClient client = SseClient.open(stream, "1")) {
            assertThat(client.await(e -> true, WAIT).name()).isEqualTo("connected");
            SseClient.Event reload = client.await(e -> true, WAIT);
            assertThat(reload.name()).isEqualTo("reload");
            assertThat(reload.json().getString("lastEventId")).isEqualTo("1");
        }
    }

    @Test
    void statsHealthAndPrometheusCountConnectedClientsAndADisconnectedClientIsRemoved() throws Exception {
        awaitClients(0);
        try (SseClient stays = SseClient.open(stream, null)) {
            SseClient leaves = SseClient.open(stream, null);
            stays.await("connected", WAIT);
            leaves.await("connected", WAIT);
            stays.await("metrics-update", WAIT);

            JsonObject stats = http.get("api/stream/stats").json();
            assertThat(stats.getInt("clientCount")).isEqualTo(2);
            assertThat(stats.getJsonArray("clients")).hasSize(2);
            JsonObject one = stats.getJsonArray("clients").getJsonObject(0);
            assertThat(one.getString("connectedSince")).isNotBlank();
            assertThat(one.getJsonNumber("eventsSent").longValue()).isPositive();
            assertThat(one.getString("lastSendAt")).isNotBlank();
            assertThat(stats.getJsonNumber("eventsSent").longValue()).isGreaterThanOrEqualTo(4);
            assertThat(http.get("api/health").json().getInt("sseClients")).isEqualTo(2);
            assertThat(http.get("api/metrics/prometheus", "text/plain").body())
                    .contains("# TYPE tcps_sse_connected_clients gauge\ntcps_sse_connected_clients 2\n");
            long droppedBefore = dropped(stats);

            leaves.close();

            awaitClients(1);
            JsonObject after = http.get("api/stream/stats").json();
            assertThat(dropped(after)).isEqualTo(droppedBefore + 1);
            assertThat(http.get("api/health").json().getInt("sseClients")).isEqualTo(1);
        }
    }

    private static long dropped(JsonObject stats) {
        JsonObject drops = stats.getJsonObject("drops");
        return drops.keySet().stream()
                .mapToLong(reason -> drops.getJsonNumber(reason).longValue())
                .sum();
    }

    /** Waits until the stream counts {@code expected} clients (a client that left is noticed at the next send). */
    private void awaitClients(int expected) throws InterruptedException {
        Supplier<Integer> count = () -> http.get("api/stream/stats").json().getInt("clientCount");
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (count.get() != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(count.get()).as("connected clients").isEqualTo(expected);
    }
}
