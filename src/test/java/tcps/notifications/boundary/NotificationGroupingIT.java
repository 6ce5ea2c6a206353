package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.notifications.boundary.Deliveries.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;
import tcps.notifications.control.Receiver;

/**
 * Grouping and muting: fifty alerts of one rule arriving at once become one Slack message that lists them (and their
 * resolve one more); an alert a silence matches is recorded but not sent, and neither is its resolve.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationGroupingIT {

    private static Receiver receiver;

    @ArquillianResource
    URL deployment;

    private Http http;
    private Deliveries deliveries;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeAll
    static void listen() throws Exception {
        receiver = new Receiver(Integer.getInteger("tcps.it.notify-port"));
    }

    @AfterAll
    static void stop() {
        receiver.close();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        deliveries = new Deliveries(http, receiver);
    }

    @Test
    void fiftyAlertsAtOnceBecomeOneSlackMessageThatListsThem() throws Exception {
        String rule = "notify-burst-" + System.nanoTime();
        Http.Reply posted = http.post("api/v2/alerts", Deliveries.JSON, burst(rule, null));
        assertThat(posted.status()).as(posted.body()).isEqualTo(200);

        List<Receiver.Request> messages = deliveries.awaitRequests(
                "/slack", rs -> rs.stream().anyMatch(r -> r.body().contains(rule)));
        Thread.sleep(6000);
        List<Receiver.Request> mine = receiver.requests().stream()
                .filter(r -> r.path().startsWith("/slack") && r.body().contains(rule))
                .toList();
        assertThat(mine).as("one message for the fifty").hasSize(1);
        JsonObject message = json(mine.get(0).body());
        JsonArray blocks = message.getJsonArray("blocks");
        assertThat(blocks.getJsonObject(0).getJsonObject("text").getString("text"))
                .contains("[FIRING:50]");
        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(mine.get(0).body()).contains("disk-0").contains("30 more");
        assertThat(messages).isNotEmpty();

        http.post("api/v2/alerts", Deliveries.JSON, burst(rule, Instant.now().minusSeconds(1)));
        deliveries.awaitRequests("/slack", rs -> rs.stream()
                .anyMatch(r -> r.body().contains(rule) && r.body().contains("[RESOLVED]")));
        Thread.sleep(6000);
        assertThat(receiver.requests().stream()
                        .filter(r -> r.path().startsWith("/slack") && r.body().contains(rule)))
                .as("one more for their resolve")
                .hasSize(2);
    }

    @Test
    void aSilencedAlertIsRecordedButNeitherItsFiringNorItsResolveIsSent() throws Exception {
        String rule = "notify-silenced-" + System.nanoTime();
        Http.Reply silence = http.post(
                "api/silences",
                Deliveries.JSON,
                "{\"matchers\":[{\"name\":\"alertname\",\"value\":\"" + rule + "\"}],\"endsAt\":\""
                        + Instant.now().plusSeconds(600) + "\",\"comment\":\"planned work\"}");
        assertThat(silence.status()).as(silence.body()).isEqualTo(201);
        String silenceId = silence.json().getString("id");
        JsonObject alert = deliveries.raise(rule, "warning", "it", "silenced");
        long id = alert.getJsonNumber("id").longValue();

        JsonArray muted = deliveries.awaitNotifications(
                id, ns -> ns.size() == 1 && "muted".equals(ns.getJsonObject(0).getString("status")));
        assertThat(muted.getJsonObject(0).getString("mutedBy")).isEqualTo("silence " + silenceId);
        // The silence ends before the alert resolves: its resolve is still not news to a channel that never heard it
        assertThat(http.send("DELETE", "api/silences/" + silenceId).status()).isEqualTo(200);
        deliveries.resolve(id);
        JsonArray both = deliveries.awaitNotifications(
                id, ns -> ns.size() == 2 && "muted".equals(ns.getJsonObject(1).getString("status")));
        assertThat(both.getJsonObject(1).getString("mutedBy")).isEqualTo("its firing was not notified");
        assertThat(receiver.requests().stream().filter(r -> r.body().contains(rule)))
                .isEmpty();
        http.send("DELETE", "api/v2/silence/" + silenceId);
    }

    private static String burst(String rule, Instant endsAt) {
        return IntStream.range(0, 50)
                .mapToObj(i -> "{\"labels\":{\"alertname\":\"" + rule
                        + "\",\"component\":\"it-slack\",\"severity\":\"warning\","
                        + "\"notify\":\"it-slack\",\"disk\":\"disk-" + i
                        + "\"},\"annotations\":{\"summary\":\"disk-" + i
                        + " full\"}" + (endsAt == null ? "" : ",\"endsAt\":\"" + endsAt + "\"") + "}")
                .collect(Collectors.joining(",", "[", "]"));
    }
}
