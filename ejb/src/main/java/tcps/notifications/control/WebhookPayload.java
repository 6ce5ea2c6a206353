package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.alerting.control.AlertFacts;

/**
 * A notification in Alertmanager's webhook payload, version 4: what most tools that take alerts over a webhook
 * already read. An acknowledged alert is still {@code firing} in this format, which has no word for it.
 */
final class WebhookPayload {

    /** Alertmanager's zero time: an alert still firing has no end. */
    static final String NO_END = "0001-01-01T00:00:00Z";

    private WebhookPayload() {}

    static JsonObject of(Notification notification, String receiver, int maxAlerts) {
        List<Notice> notices = notification.notices();
        int shown = maxAlerts > 0 ? Math.min(maxAlerts, notices.size()) : notices.size();
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        notices.subList(0, shown).forEach(notice -> alerts.add(alert(notice, notification.links())));
        List<AlertFacts> facts = notices.stream().map(Notice::alert).toList();
        return Json.createObjectBuilder()
                .add("receiver", receiver)
                .add("status", notification.status())
                .add("alerts", alerts)
                .add("groupLabels", strings(notification.groupLabels()))
                .add(
                        "commonLabels",
                        strings(common(facts.stream().map(AlertFacts::labels).toList())))
                .add(
                        "commonAnnotations",
                        strings(common(
                                facts.stream().map(AlertFacts::annotations).toList())))
                .add("externalURL", notification.links().externalUrl())
                .add("version", "4")
                .add("groupKey", notification.groupKey())
                .add("truncatedAlerts", notices.size() - shown)
                .build();
    }

    private static JsonObject alert(Notice notice, Notification.Links links) {
        AlertFacts alert = notice.alert();
        Instant starts = alert.triggeredAt() != null ? alert.triggeredAt() : alert.startedAt();
        return Json.createObjectBuilder()
                .add("status", notice.resolved() ? "resolved" : "firing")
                .add("labels", strings(alert.labels()))
                .add("annotations", strings(alert.annotations()))
                .add("startsAt", starts.toString())
                .add(
                        "endsAt",
                        notice.resolved() && alert.resolvedAt() != null
                                ? alert.resolvedAt().toString()
                                : NO_END)
                .add("generatorURL", links.alert(alert.id()))
                .add("fingerprint", alert.fingerprint())
                .build();
    }

    /** The entries every map has, with the same value. */
    static Map<String, String> common(List<Map<String, String>> maps) {
        if (maps.isEmpty()) {
            return Map.of();
        }
        Map<String, String> common = new LinkedHashMap<>(maps.get(0));
        for (Map<String, String> map : maps.subList(1, maps.size())) {
            common.entrySet().removeIf(e -> !e.getValue().equals(map.get(e.getKey())));
        }
        return common;
    }

    private static JsonObjectBuilder strings(Map<String, String> map) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        new java.util.TreeMap<>(map).forEach(object::add);
        return object;
    }
}
