package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.notifications.boundary.Deliveries.about;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tcps.Http;
import tcps.OwnServer;
import tcps.notifications.control.Receiver;

/**
 * Nothing committed is lost to a crash: on a server of the test's own (embedded H2 on disk), killed as {@code kill -9}
 * while one notification is in flight and another waits behind it, both arrive after the restart, the one in flight
 * with the key it had. A delivery the receiver refuses for good is marked failed and the channel's health degrades.
 */
class NotificationRestartIT {

    private OwnServer server;
    private Receiver receiver;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void notificationsCommittedBeforeACrashArriveAfterTheRestartAndARefusalDegradesTheChannel() throws Exception {
        receiver = new Receiver(0);
        // The first delivery hangs: the channel's thread waits on it, so the second waits in the outbox
        receiver.then(new Receiver.Answer(200, "too late", Map.of(), 120_000));
        server = OwnServer.start(
                "notify-restart",
                List.of(
                        "-Dtcps.notifications.channels=webhook",
                        "-Dtcps.notifications.webhook.url=" + receiver.url("/hook"),
                        "-Dtcps.notifications.http-timeout-ms=60000",
                        "-Dtcps.notifications.claim-seconds=3",
                        "-Dtcps.notifications.retry-initial-ms=200",
                        "-Dtcps.alerting.check-interval-ms=1000"),
                List.of());
        Deliveries deliveries = new Deliveries(server.admin(), receiver);
        JsonObject inFlight = deliveries.raise("crash-in-flight", "warning", "it", "a");
        deliveries.awaitRequests("/hook", rs -> rs.stream().anyMatch(r -> about(r, inFlight.getString("fingerprint"))));
        JsonObject waiting = deliveries.raise("crash-waiting", "warning", "it", "b");
        Thread.sleep(300);
        assertThat(receiver.requests().stream().filter(r -> about(r, waiting.getString("fingerprint"))))
                .as("committed, not yet delivered")
                .isEmpty();
        String firstKey = receiver.requests().get(0).header("Idempotency-Key");

        server = server.crashAndRestart();
        deliveries = new Deliveries(server.admin(), receiver);
        List<Receiver.Request> after = deliveries.awaitRequests(
                "/hook", rs -> rs.size() >= 3 && rs.stream().anyMatch(r -> about(r, waiting.getString("fingerprint"))));
        List<Receiver.Request> again = after.subList(1, after.size()).stream()
                .filter(r -> about(r, inFlight.getString("fingerprint")))
                .toList();
        assertThat(again).as("the one in flight, sent again once").hasSize(1);
        assertThat(again.get(0).header("Idempotency-Key")).as("with its key").isEqualTo(firstKey);
        assertThat(after.stream().filter(r -> about(r, waiting.getString("fingerprint"))))
                .as("the one waiting, once")
                .hasSize(1);

        receiver.answer(400, "{\"error\":\"bad payload\"}");
        JsonObject refused = deliveries.raise("refused-for-good", "warning", "it", "c");
        Http http = server.admin();
        long id = refused.getJsonNumber("id").longValue();
        JsonObject failed = deliveries
                .awaitNotifications(
                        id,
                        ns -> ns.size() == 1
                                && "failed".equals(ns.getJsonObject(0).getString("status")))
                .getJsonObject(0);
        assertThat(failed.getInt("attempts")).as("a 400 is not retried").isEqualTo(1);
        assertThat(failed.getString("lastError")).contains("HTTP 400").contains("bad payload");
        JsonObject channel = http.get("api/notifications/channels/webhook").json();
        assertThat(channel.getBoolean("healthy")).isFalse();
        JsonObject health = Deliveries.await(
                () -> http.post("api/health/components/check", Deliveries.JSON, "")
                        .json(),
                report -> report.getJsonObject("components").containsKey("notifications"),
                "the health report");
        JsonObject notifications = health.getJsonObject("components").getJsonObject("notifications");
        assertThat(notifications.getString("status")).isEqualTo("degraded");
        assertThat(notifications.getString("reason")).contains("webhook");
    }
}
