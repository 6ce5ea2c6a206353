package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pages through the PagerDuty Events API v2: each alert is an incident of its own, triggered when it fires,
 * acknowledged and resolved with it, found again by its {@code dedup_key}.
 */
@ApplicationScoped
public class PagerDutyNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.pagerduty.routing-key")
    Optional<String> routingKey;

    @Inject
    @ConfigProperty(name = "tcps.notifications.pagerduty.url", defaultValue = "https://events.pagerduty.com/v2/enqueue")
    String url;

    @Inject
    @ConfigProperty(name = "tcps.notifications.pagerduty.source", defaultValue = "tcps-health-monitor")
    String source;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "pagerduty";
    }

    @Override
    public boolean enabled() {
        return routingKey.filter(key -> !key.isBlank()).isPresent();
    }

    @Override
    public Map<String, String> settings() {
        return Map.of("routing-key", Secrets.mask(routingKey.orElse(null)), "url", url, "source", source);
    }

    /**
     * Every alert its own incident, paged at once. Never repeated: PagerDuty keeps the incident open and escalates it
     * itself until it is acknowledged or resolved.
     */
    @Override
    public Grouping defaultGrouping() {
        return Grouping.eachAlert(Duration.ZERO);
    }

    /**
     * Sends the events in order and answers the incidents' dedup keys. PagerDuty answers 202 {@code success}; 400 (an
     * invalid event) is not retried, 429 and 5xx are. A retry after some events went through sends them all again,
     * which PagerDuty absorbs through the dedup key: a trigger for an open incident only adds to its log, and
     * acknowledging or resolving twice changes nothing.
     */
    @Override
    public String send(Notification notification) throws DeliveryFailure {
        String key = routingKey
                .filter(k -> !k.isBlank())
                .orElseThrow(() -> DeliveryFailure.permanent("tcps.notifications.pagerduty.routing-key is not set"));
        Iterable<JsonObject> events;
        try {
            events = PagerDutyEvents.of(notification, key, source);
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent(e.getMessage());
        }
        Set<String> dedupKeys = new LinkedHashSet<>();
        for (JsonObject event : events) {
            HttpResponse<String> answer;
            try {
                answer = http.send(HttpDelivery.postJson(url, event.toString()));
            } catch (IllegalArgumentException e) {
                throw DeliveryFailure.permanent("tcps.notifications.pagerduty.url is not a valid URL: " + url);
            }
            dedupKeys.add(dedupKey(answer.body(), event.getString("dedup_key")));
        }
        return dedupKeys.isEmpty() ? null : String.join(" ", dedupKeys);
    }

    /** The key PagerDuty filed the event under: {@code {"status":"success","dedup_key":...}}, else the one sent. */
    static String dedupKey(String body, String sent) {
        if (body == null || body.isBlank()) {
            return sent;
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            return answer.getString("dedup_key", sent);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            return sent;
        }
    }
}
