package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tcps.Http;
import tcps.notifications.control.Receiver;

/** What the notification tests do over REST and read at their receivers. */
final class Deliveries {

    static final String JSON = "application/json";

    private final Http http;
    private final Receiver receiver;

    Deliveries(Http http, Receiver receiver) {
        this.http = http;
        this.receiver = receiver;
    }

    /**
     * Raises an alert from outside ({@code send_alert}); answers it as the API does. Its component is its route's
     * label, so no alert of another test inhibits it (inhibition holds within a component).
     */
    JsonObject raise(String rule, String severity, String notify, String caseLabel) {
        Http.Reply reply = http.post(
                "api/alerts",
                JSON,
                "{\"rule\":\"" + rule + "\",\"severity\":\"" + severity + "\",\"component\":\"" + notify + "\","
                        + "\"message\":\"" + rule + " " + caseLabel + "\",\"labels\":{\"notify\":\"" + notify
                        + "\",\"case\":\"" + caseLabel + "\"}}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    void resolve(long alertId) {
        Http.Reply reply = http.post("api/alerts/" + alertId + "/resolve", JSON, "{\"comment\":\"test done\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    JsonArray notificationsOf(long alertId) {
        Http.Reply reply = http.get("api/alerts/" + alertId + "/notifications");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.jsonArray();
    }

    /** Waits until the alert's notifications satisfy {@code wanted}; answers them. */
    JsonArray awaitNotifications(long alertId, Predicate<JsonArray> wanted) throws InterruptedException {
        return await(() -> notificationsOf(alertId), wanted, "notifications of alert " + alertId);
    }

    /** Waits until the receiver's requests on {@code path} satisfy {@code wanted}; answers those requests. */
    List<Receiver.Request> awaitRequests(String pathPrefix, Predicate<List<Receiver.Request>> wanted)
            throws InterruptedException {
        return await(
                () -> receiver.requests().stream()
                        .filter(r -> r.path().startsWith(pathPrefix))
                        .toList(),
                wanted,
                "requests to " + pathPrefix);
    }

    static <T> T await(java.util.function.Supplier<T> read, Predicate<T> wanted, String what)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        T value = read.get();
        while (!wanted.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Not in time: " + what + "; last seen " + value);
            }
            Thread.sleep(50);
            value = read.get();
        }
        return value;
    }

    static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** The webhook requests about this alert (by its fingerprint in the payload's alerts). */
    static boolean about(Receiver.Request request, String fingerprint) {
        return request.body().contains("\"fingerprint\":\"" + fingerprint + "\"");
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }
}
