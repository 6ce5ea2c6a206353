package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.notifications.boundary.Deliveries.about;
import static tcps.notifications.boundary.Deliveries.json;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
import tcps.TestKeys;
import tcps.notifications.control.Receiver;

/**
 * Alerts reach the webhook channel through the outbox: once per change, signed, with a key that stays the same over
 * retries; a receiver failing with 500 and 429 for a while gets every notification after it recovers, honouring its
 * Retry-After and never twice once it took one; every notification shows in the alert's story.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

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
        receiver.answer(200, "ok");
    }

    @Test
    void everyChangeOfAnAlertReachesTheWebhookOnceSignedAndItsStoryShowsIt() throws Exception {
        String rule = "notify-story-" + System.nanoTime();
        JsonObject alert = deliveries.raise(rule, "warning", "it", "story");
        long id = alert.getJsonNumber("id").longValue();
        String fingerprint = alert.getString("fingerprint");

        Receiver.Request fired =
                deliveries.awaitRequests("/hook", rs -> rs.stream().anyMatch(r -> about(r, fingerprint))).stream()
                        .filter(r -> about(r, fingerprint))
                        .findFirst()
                        .orElseThrow();
        JsonObject payload = json(fired.body());
        assertThat(payload.getString("version")).isEqualTo("4");
        assertThat(payload.getString("status")).isEqualTo("firing");
        JsonObject sent = payload.getJsonArray("alerts").getJsonObject(0);
        assertThat(sent.getJsonObject("labels").getString("alertname")).isEqualTo(rule);
        assertThat(sent.getString("endsAt")).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(fired.header("Idempotency-Key")).isNotBlank();
        assertThat(fired.header("X-TCPS-Signature")).isEqualTo(Deliveries.hmac("it-webhook-secret", fired.body()));

        http.post("api/alerts/" + id + "/acknowledge", Deliveries.JSON, "{\"comment\":\"on it\"}");
        deliveries.awaitRequests(
                "/hook", rs -> rs.stream().filter(r -> about(r, fingerprint)).count() == 2);
        deliveries.resolve(id);
        List<Receiver.Request> all = deliveries.awaitRequests(
                "/hook", rs -> rs.stream().filter(r -> about(r, fingerprint)).count() == 3);
        List<Receiver.Request> mine =
                all.stream().filter(r -> about(r, fingerprint)).toList();
        assertThat(json(mine.get(2).body()).getString("status")).isEqualTo("resolved");
        assertThat(mine.stream().map(r -> r.header("Idempotency-Key")).distinct())
                .as("three deliveries, three keys")
                .hasSize(3);

        JsonArray story = deliveries.awaitNotifications(
                id,
                ns -> ns.size() == 3
                        && ns.stream()
                                .allMatch(n -> "sent".equals(n.asJsonObject().getString("status"))));
        assertThat(story.stream().map(n -> n.asJsonObject().getString("kind")))
                .containsExactly("fired", "acknowledged", "resolved");
        assertThat(story.getJsonObject(0).getString("channel")).isEqualTo("webhook");
        assertThat(story.getJsonObject(0).getInt("attempts")).isEqualTo(1);
        JsonObject view = http.get("api/alerts/" + id).json();
        assertThat(view.getJsonArray("notifications")).hasSize(3);
        assertThat(view.getJsonArray("history")).hasSize(3);
        Thread.sleep(500);
        assertThat(receiver.requests().stream().filter(r -> about(r, fingerprint)))
                .as("nothing more")
                .hasSize(3);
    }

    @Test
    void aReceiverFailingForAWhileGetsEveryNotificationOnceWithBackoffAndItsRetryAfter() throws Exception {
        receiver.then(
                new Receiver.Answer(500, "down", Map.of()),
                new Receiver.Answer(500, "down", Map.of()),
                new Receiver.Answer(429, "slow down", Map.of("Retry-After", "1")),
                new Receiver.Answer(503, "down", Map.of()));
        String rule = "notify-retry-" + System.nanoTime();
        List<JsonObject> alerts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alerts.add(deliveries.raise(rule, "warning", "it", "retry-" + i));
        }
        Set<String> fingerprints =
                alerts.stream().map(a -> a.getString("fingerprint")).collect(Collectors.toSet());

        List<Receiver.Request> taken = deliveries.awaitRequests(
                "/hook", rs -> accepted(rs, fingerprints).size() == 5);
        List<Receiver.Request> refused = taken.stream()
                .filter(r -> r.answered() != 200 && fingerprints.stream().anyMatch(f -> about(r, f)))
                .toList();
        assertThat(refused).as("the receiver refused four attempts").hasSize(4);
        Set<String> acceptedKeys = taken.stream()
                .filter(r -> r.answered() == 200 && fingerprints.stream().anyMatch(f -> about(r, f)))
                .map(r -> r.header("Idempotency-Key"))
                .collect(Collectors.toSet());
        assertThat(refused.stream().map(r -> r.header("Idempotency-Key")))
                .as("a retry carries the key of the attempt it repeats")
                .allMatch(acceptedKeys::contains);

        Thread.sleep(1000);
        List<Receiver.Request> afterwards = receiver.requests().stream()
                .filter(r -> r.answered() == 200 && fingerprints.stream().anyMatch(f -> about(r, f)))
                .toList();
        assertThat(afterwards.stream()
                        .map(r -> r.header("Idempotency-Key"))
                        .distinct()
                        .count())
                .as("no key accepted twice")
                .isEqualTo(afterwards.size());
        assertThat(accepted(afterwards, fingerprints))
                .as("each alert notified once")
                .hasSize(5);

        long retried = alerts.get(0).getJsonNumber("id").longValue();
        JsonObject outcome = deliveries.notificationsOf(retried).getJsonObject(0);
        assertThat(outcome.getString("status")).isEqualTo("sent");
        JsonObject channel = http.get("api/notifications/channels/webhook").json();
        assertThat(channel.getBoolean("healthy")).isTrue();
        assertThat(channel.getString("lastFailure")).containsAnyOf("HTTP 500", "HTTP 429", "HTTP 503");

        for (JsonObject alert : alerts) {
            deliveries.resolve(alert.getJsonNumber("id").longValue());
        }
        // Every resolve delivered before the next test scripts the receiver again
        for (JsonObject alert : alerts) {
            deliveries.awaitNotifications(
                    alert.getJsonNumber("id").longValue(),
                    ns -> ns.size() == 2 && "sent".equals(ns.getJsonObject(1).getString("status")));
        }
    }

    @Test
    void retriesWaitLongerEachTimeAndNeverLessThanRetryAfter() throws Exception {
        receiver.then(
                new Receiver.Answer(500, "down", Map.of()),
                new Receiver.Answer(500, "down", Map.of()),
                new Receiver.Answer(500, "down", Map.of()),
                new Receiver.Answer(429, "slow down", Map.of("Retry-After", "2")));
        JsonObject alert = deliveries.raise("notify-backoff-" + System.nanoTime(), "warning", "it", "backoff");
        String fingerprint = alert.getString("fingerprint");
        List<Receiver.Request> mine = deliveries.awaitRequests(
                "/hook",
                rs -> rs.stream()
                                .filter(r -> about(r, fingerprint) && r.answered() == 200)
                                .count()
                        == 1);
        // The receiver recorded no times; the product did: attempts and the last attempt's time
        JsonObject outcome = deliveries
                .notificationsOf(alert.getJsonNumber("id").longValue())
                .getJsonObject(0);
        assertThat(outcome.getInt("attempts")).isEqualTo(5);
        assertThat(mine.stream().filter(r -> about(r, fingerprint))).hasSize(5);
        Instant sentAt = Instant.parse(outcome.getString("sentAt"));
        Instant firedAt = Instant.parse(alert.getString("triggeredAt"));
        // 200 ms initial wait, doubling, at least half each time (100+200+400 ms), then Retry-After 2 s
        assertThat(Duration.between(firedAt, sentAt)).isGreaterThanOrEqualTo(Duration.ofMillis(2700));
        deliveries.resolve(alert.getJsonNumber("id").longValue());
    }

    @Test
    void aChannelTestArrivesAndItsOutcomeCanBeFollowed() throws Exception {
        assertThat(http.as(TestKeys.viewer())
                        .post("api/notifications/channels/webhook/test", Deliveries.JSON, "")
                        .status())
                .isEqualTo(403);
        assertThat(http.post("api/notifications/channels/carrier-pigeon/test", Deliveries.JSON, "")
                        .status())
                .isEqualTo(404);
        Http.Reply notConfigured = http.post("api/notifications/channels/email/test", Deliveries.JSON, "");
        assertThat(notConfigured.status()).isEqualTo(409);
        assertThat(notConfigured.body()).contains("tcps.notifications.email");

        int before = receiver.requests().size();
        Http.Reply test = http.post("api/notifications/channels/webhook/test", Deliveries.JSON, "");
        assertThat(test.status()).as(test.body()).isEqualTo(202);
        assertThat(test.json().getString("kind")).isEqualTo("test");
        deliveries.awaitRequests(
                "/hook",
                rs -> rs.size() > before
                        && rs.subList(before, rs.size()).stream()
                                .anyMatch(r -> r.body().contains("notification test")));
        long testId = test.json().getJsonNumber("id").longValue();
        JsonObject followed = Deliveries.await(
                () -> http.get("api/notifications/tests/" + testId).json(),
                o -> "sent".equals(o.getString("status")),
                "the test's outcome");
        assertThat(followed.getInt("attempts")).isEqualTo(1);

        String channels = http.get("api/notifications/channels").body();
        assertThat(channels).doesNotContain("it-webhook-secret").doesNotContain("it-slack-secret");
        JsonObject webhook = http.get("api/notifications/channels/webhook").json();
        assertThat(webhook.getBoolean("enabled")).isTrue();
        assertThat(webhook.getJsonObject("settings").getString("url")).endsWith("/********");
    }

    /** The accepted (200) requests, one per alert they carried, by fingerprint. */
    private static Set<String> accepted(List<Receiver.Request> requests, Set<String> fingerprints) {
        return requests.stream()
                .filter(r -> r.answered() == 200)
                .flatMap(r -> fingerprints.stream().filter(f -> about(r, f)))
                .collect(Collectors.toSet());
    }
}
