package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tcps.alerting.control.AlertFacts;

/**
 * The PagerDuty Events API v2 events of one notification, one per notice in order: a firing alert triggers, an
 * acknowledged one acknowledges, a resolved one resolves. The alert's fingerprint is the {@code dedup_key}, so every
 * event about one alert lands on the same incident.
 */
final class PagerDutyEvents {

    static final String CLIENT = "TCPS Health Monitor";
    /** Documented maximum of {@code payload.summary}. */
    static final int MAX_SUMMARY = 1024;
    /** Documented maximum of {@code dedup_key}. */
    static final int MAX_DEDUP_KEY = 255;

    private PagerDutyEvents() {}

    static List<JsonObject> of(Notification notification, String routingKey, String source) {
        List<JsonObject> events = new ArrayList<>();
        for (Notice notice : notification.notices()) {
            switch (notice.kind()) {
                case Notice.FIRED, Notice.REPEAT -> events.add(
                        trigger(notification, notice.alert(), routingKey, source));
                case Notice.ACKNOWLEDGED -> events.add(followUp("acknowledge", routingKey, dedupKey(notice.alert())));
                case Notice.RESOLVED -> events.add(followUp("resolve", routingKey, dedupKey(notice.alert())));
                case Notice.TEST -> {
                    String key = testKey(notification);
                    events.add(testTrigger(notification, key, routingKey, source));
                    events.add(followUp("resolve", routingKey, key));
                }
                default -> throw new IllegalArgumentException("no PagerDuty event for a " + notice.kind() + " notice");
            }
        }
        return events;
    }

    /** critical, warning and info keep their name; anything else is PagerDuty's {@code error}. */
    static String severity(String severity) {
        return switch (severity == null ? "" : severity) {
            case "critical", "warning", "info" -> severity;
            default -> "error";
        };
    }

    static String dedupKey(AlertFacts alert) {
        String key = alert.fingerprint() == null ? "tcps-alert-" + alert.id() : alert.fingerprint();
        return key.length() <= MAX_DEDUP_KEY ? key : key.substring(0, MAX_DEDUP_KEY);
    }

    static String testKey(Notification notification) {
        return "tcps-test-" + notification.deliveryId();
    }

    private static JsonObject trigger(Notification notification, AlertFacts alert, String routingKey, String source) {
        Instant at = alert.triggeredAt() != null
                ? alert.triggeredAt()
                : alert.startedAt() != null ? alert.startedAt() : notification.at();
        JsonObjectBuilder details = Json.createObjectBuilder().add("alert_id", alert.id());
        if (alert.value() != null) {
            details.add("value", alert.value());
        }
        if (alert.threshold() != null) {
            details.add("threshold", alert.threshold());
        }
        optional(details, "state", alert.state());
        details.add("labels", strings(alert.labels())).add("annotations", strings(alert.annotations()));
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("summary", summary(alert.message() != null ? alert.message() : alert.rule()))
                .add("source", source)
                .add("severity", severity(alert.severity()))
                .add("timestamp", at.toString());
        optional(payload, "component", alert.component());
        optional(payload, "group", alert.ruleId());
        optional(payload, "class", alert.rule());
        payload.add("custom_details", details);
        return triggerEvent(routingKey, dedupKey(alert), payload)
                .add(
                        "links",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder()
                                        .add("href", notification.links().alert(alert.id()))
                                        .add("text", "Alert #" + alert.id() + " in " + CLIENT)))
                .add("client_url", notification.links().dashboard())
                .build();
    }

    private static JsonObject testTrigger(Notification notification, String key, String routingKey, String source) {
        JsonObjectBuilder payload = Json.createObjectBuilder()
                .add("summary", "Test of the PagerDuty channel of " + CLIENT + ": no alert is firing; resolved at once")
                .add("source", source)
                .add("severity", "info")
                .add("timestamp", (notification.at() != null ? notification.at() : Instant.now()).toString())
                .add("component", "notifications")
                .add("group", "channel-test")
                .add("class", "test")
                .add("custom_details", Json.createObjectBuilder().add("delivery_id", notification.deliveryId()));
        return triggerEvent(routingKey, key, payload)
                .add("client_url", notification.links().dashboard())
                .build();
    }

    private static JsonObjectBuilder triggerEvent(String routingKey, String dedupKey, JsonObjectBuilder payload) {
        return Json.createObjectBuilder()
                .add("routing_key", routingKey)
                .add("event_action", "trigger")
                .add("dedup_key", dedupKey)
                .add("payload", payload)
                .add("client", CLIENT);
    }

    /** Acknowledge and resolve carry the key of the incident and nothing else, as documented. */
    private static JsonObject followUp(String action, String routingKey, String dedupKey) {
        return Json.createObjectBuilder()
                .add("routing_key", routingKey)
                .add("event_action", action)
                .add("dedup_key", dedupKey)
                .build();
    }

    private static String summary(String text) {
        if (text.length() <= MAX_SUMMARY) {
            return text;
        }
        int end = MAX_SUMMARY - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    private static JsonObjectBuilder strings(Map<String, String> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        if (map != null) {
            map.forEach((name, value) -> optional(object, name, value));
        }
        return object;
    }

    private static void optional(JsonObjectBuilder object, String name, String value) {
        if (value != null) {
            object.add(name, value);
        }
    }
}
