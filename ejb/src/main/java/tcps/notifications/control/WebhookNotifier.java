package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A generic webhook in Alertmanager's payload (version 4). Every attempt of one delivery carries the same
 * {@code Idempotency-Key}; with a secret configured, {@code X-TCPS-Signature: sha256=<hex>} is the HMAC-SHA256 of the
 * exact body, so the receiver can tell the product's messages from anyone else's.
 */
@ApplicationScoped
public class WebhookNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.webhook.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "tcps.notifications.webhook.secret")
    Optional<String> secret;

    @Inject
    @ConfigProperty(name = "tcps.notifications.webhook.receiver", defaultValue = "tcps-webhook")
    String receiver;

    @Inject
    @ConfigProperty(name = "tcps.notifications.webhook.max-alerts", defaultValue = "0")
    int maxAlerts;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "webhook";
    }

    @Override
    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", Secrets.maskUrl(url.orElse(null)));
        settings.put("secret", Secrets.mask(secret.orElse(null)));
        settings.put("receiver", receiver);
        settings.put("max-alerts", String.valueOf(maxAlerts));
        return settings;
    }

    /** Machines read it: no reason to hold a message back; alerts of one rule share a message when they coincide. */
    @Override
    public Grouping defaultGrouping() {
        return new Grouping(List.of("alertname"), Duration.ZERO, Duration.ZERO, Duration.ofHours(4));
    }

    @Override
    public String send(Notification notification) throws DeliveryFailure {
        String target = url.filter(u -> !u.isBlank())
                .orElseThrow(() -> DeliveryFailure.permanent("tcps.notifications.webhook.url is not set"));
        String body = WebhookPayload.of(notification, receiver, maxAlerts).toString();
        HttpRequest.Builder request;
        try {
            request = HttpDelivery.postJson(target, body).header("Idempotency-Key", notification.idempotencyKey());
        } catch (IllegalArgumentException e) {
            // Not e's message: the URL may carry a token
            throw DeliveryFailure.permanent("tcps.notifications.webhook.url is not a valid http(s) URL");
        }
        Optional<String> key = secret.filter(s -> !s.isBlank());
        if (key.isPresent()) {
            request.header("X-TCPS-Signature", signature(key.get(), body));
        }
        http.send(request);
        return null;
    }

    static String signature(String key, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
