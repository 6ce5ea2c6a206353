package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Posts notifications to a Slack channel through an incoming webhook. The webhook's URL is its secret. A webhook
 * cannot edit a message it posted, so an acknowledgement or a resolve is a message of its own; it answers no
 * reference and honours no idempotency key, so a retry after a lost answer may post a message twice.
 */
@ApplicationScoped
public class SlackNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.slack.webhook")
    Optional<String> webhook;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public boolean enabled() {
        return webhook.filter(url -> !url.isBlank()).isPresent();
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("webhook", Secrets.maskUrl(webhook.orElse(null)));
    }

    /**
     * People read this channel: alerts of one rule and component share a message, the first after 2 s so alerts
     * raised together arrive together, changes at most once a minute (Slack takes about one message per second per
     * webhook), and an alert still firing is recalled every 4 hours.
     */
    @Override
    public Grouping defaultGrouping() {
        return new Grouping(
                List.of("alertname", "component"), Duration.ofSeconds(2), Duration.ofMinutes(1), Duration.ofHours(4));
    }

    /**
     * Slack answers 200 {@code ok}; 429 with {@code Retry-After} when over its rate (retried after that wait); 400
     * {@code invalid_payload}, 403 {@code action_prohibited}, 404 {@code no_service} or {@code channel_not_found} and
     * 410 {@code channel_is_archived} will fail again the same way and are not retried.
     */
    @Override
    public String send(Notification notification) throws DeliveryFailure {
        String url = webhook.filter(u -> !u.isBlank())
                .orElseThrow(() -> DeliveryFailure.permanent("tcps.notifications.slack.webhook is not set"));
        String message = SlackMessage.of(notification).toString();
        try {
            http.send(HttpDelivery.postJson(url, message));
        } catch (IllegalArgumentException e) {
            // Not e's message: it would show the URL, and the URL is the secret.
            throw DeliveryFailure.permanent("tcps.notifications.slack.webhook is not a valid http(s) URL");
        }
        return null;
    }
}
