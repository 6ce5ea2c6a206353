package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generic webhook against Alertmanager's webhook payload, version 4, field by field. */
class WebhookNotifierTest {

    private Receiver service;
    private WebhookNotifier webhook;

    @BeforeEach
    void setUp() throws Exception {
        service = new Receiver();
        webhook = new WebhookNotifier();
        webhook.url = Optional.of(service.url("/hooks/T0/secret-token"));
        webhook.secret = Optional.empty();
        webhook.receiver = "tcps-webhook";
        webhook.http = new HttpDelivery();
        webhook.http.timeoutMs = 2000;
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void aGroupIsSentAsVersionFourWithEveryField() throws Exception {
        webhook.send(Samples.notification(
                "webhook",
                new Notice(Notice.FIRED, Samples.firing(1)),
                new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(2))));
        Receiver.Request request = service.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/T0/secret-token");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
        JsonObject payload = json(request.body());
        assertThat(payload.keySet())
                .containsExactlyInAnyOrder(
                        "receiver",
                        "status",
                        "alerts",
                        "groupLabels",
                        "commonLabels",
                        "commonAnnotations",
                        "externalURL",
                        "version",
                        "groupKey",
                        "truncatedAlerts");
        assertThat(payload.getString("version")).isEqualTo("4");
        assertThat(payload.getString("receiver")).isEqualTo("tcps-webhook");
        assertThat(payload.getString("status"))
                .as("an acknowledged alert is still firing")
                .isEqualTo("firing");
        assertThat(payload.getString("externalURL")).isEqualTo("https://tcps.example.com");
        assertThat(payload.getString("groupKey")).isEqualTo("{}:{alertname=\"WIP Limit Exceeded\"}");
        assertThat(payload.getInt("truncatedAlerts")).isZero();
        assertThat(payload.getJsonObject("groupLabels").getString("alertname")).isEqualTo("WIP Limit Exceeded");
        assertThat(payload.getJsonObject("commonLabels").getString("component")).isEqualTo("kanban");
        assertThat(payload.getJsonObject("commonAnnotations").getString("summary"))
                .isEqualTo("WIP limit exceeded in bucket review");

        JsonObject first = payload.getJsonArray("alerts").getJsonObject(0);
        assertThat(first.keySet())
                .containsExactlyInAnyOrder(
                        "status", "labels", "annotations", "startsAt", "endsAt", "generatorURL", "fingerprint");
        assertThat(first.getString("status")).isEqualTo("firing");
        assertThat(first.getString("startsAt")).isEqualTo(Samples.FIRED.toString());
        assertThat(first.getString("endsAt")).isEqualTo("0001-01-01T00:00:00Z");
        assertThat(first.getString("generatorURL")).isEqualTo("https://tcps.example.com/api/alerts/1");
        assertThat(first.getString("fingerprint")).isEqualTo(Samples.firing(1).fingerprint());
        assertThat(first.getJsonObject("labels").getString("bucket")).isEqualTo("review");
    }

    @Test
    void aResolvedGroupEndsAtItsResolveAndCommonLabelsAreTheSharedOnes() throws Exception {
        webhook.send(Samples.notification(
                "webhook",
                new Notice(Notice.RESOLVED, Samples.resolved(1)),
                new Notice(Notice.RESOLVED, Samples.critical(2))));
        JsonObject payload = json(service.last().body());
        assertThat(payload.getString("status")).isEqualTo("resolved");
        assertThat(payload.getJsonArray("alerts").getJsonObject(0).getString("endsAt"))
                .isEqualTo(Samples.RESOLVED.toString());
        assertThat(payload.getJsonObject("commonLabels").keySet())
                .as("only the labels both share with equal values")
                .containsExactly("bucket");
    }

    @Test
    void everyAttemptCarriesTheSameKeyAndASignatureOfTheExactBody() throws Exception {
        webhook.secret = Optional.of("s3cret");
        Notification notification = Samples.notification("webhook", new Notice(Notice.FIRED, Samples.firing(1)));
        webhook.send(notification);
        webhook.send(notification);
        Receiver.Request first = service.requests().get(0);
        Receiver.Request second = service.requests().get(1);
        assertThat(first.header("Idempotency-Key"))
                .isEqualTo(second.header("Idempotency-Key"))
                .isEqualTo(notification.idempotencyKey());
        assertThat(first.header("X-TCPS-Signature"))
                .isEqualTo(WebhookNotifier.signature("s3cret", first.body()))
                .startsWith("sha256=")
                .hasSize(7 + 64);
        assertThat(WebhookNotifier.signature("other", first.body())).isNotEqualTo(first.header("X-TCPS-Signature"));
    }

    @Test
    void withoutASecretThereIsNoSignature() throws Exception {
        webhook.send(Samples.notification("webhook", new Notice(Notice.FIRED, Samples.firing(1))));
        assertThat(service.last().header("X-TCPS-Signature")).isNull();
    }

    @Test
    void manyAlertsAreCutToTheLimitAndTheRestCounted() throws Exception {
        webhook.maxAlerts = 1;
        webhook.send(Samples.notification(
                "webhook", new Notice(Notice.FIRED, Samples.firing(1)), new Notice(Notice.FIRED, Samples.firing(2))));
        JsonObject payload = json(service.last().body());
        assertThat(payload.getJsonArray("alerts")).hasSize(1);
        assertThat(payload.getInt("truncatedAlerts")).isEqualTo(1);
    }

    @Test
    void refusalsAreFinalAndOverloadIsRetriedAfterItsWait() {
        Notification notification = Samples.notification("webhook", new Notice(Notice.FIRED, Samples.firing(1)));
        service.then(
                new Receiver.Answer(400, "bad", Map.of()),
                new Receiver.Answer(503, "busy", Map.of()),
                new Receiver.Answer(429, "slow", Map.of("Retry-After", "7")));
        assertThatThrownBy(() -> webhook.send(notification))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
        assertThatThrownBy(() -> webhook.send(notification))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isTrue());
        assertThatThrownBy(() -> webhook.send(notification)).isInstanceOfSatisfying(DeliveryFailure.class, f -> {
            assertThat(f.retryable()).isTrue();
            assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        });
    }

    @Test
    void theUrlAndSecretNeverShowAndTheChannelIsOnlyOnWithAUrl() {
        webhook.secret = Optional.of("s3cret");
        assertThat(webhook.settings().toString()).doesNotContain("secret-token").doesNotContain("s3cret");
        assertThat(webhook.enabled()).isTrue();
        webhook.url = Optional.empty();
        assertThat(webhook.enabled()).isFalse();
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
