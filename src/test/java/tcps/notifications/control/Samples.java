package tcps.notifications.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.alerting.control.AlertFacts;

/** Alerts and notifications as the dispatcher hands them to a channel, for the channels' tests. */
final class Samples {

    static final Instant STARTED = Instant.parse("2026-12-03T10:00:00Z");
    static final Instant FIRED = Instant.parse("2026-12-03T10:00:30Z");
    static final Instant ACKNOWLEDGED = Instant.parse("2026-12-03T10:05:00Z");
    static final Instant RESOLVED = Instant.parse("2026-12-03T10:10:00Z");
    static final Notification.Links LINKS = new Notification.Links("https://tcps.example.com");

    private Samples() {}

    /** The WIP-limit alert of the kanban bucket {@code review}, firing at 7 against a threshold of 5. */
    static AlertFacts firing(long id) {
        return alert(id, "firing", null, null);
    }

    static AlertFacts acknowledged(long id) {
        return alert(id, "acknowledged", ACKNOWLEDGED, null);
    }

    static AlertFacts resolved(long id) {
        return alert(id, "resolved", null, RESOLVED);
    }

    static AlertFacts alert(long id, String state, Instant acknowledgedAt, Instant resolvedAt) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("bucket", "review");
        labels.put("alertname", "WIP Limit Exceeded");
        labels.put("rule", "wip-limit-exceeded");
        labels.put("severity", "warning");
        labels.put("component", "kanban");
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", "WIP limit exceeded in bucket review");
        annotations.put("description", "Bucket review holds 7 work orders against a limit of 5.");
        return new AlertFacts(
                id,
                "0123456789abcdef".substring(0, 15) + (id % 10),
                "WIP Limit Exceeded",
                "wip-limit-exceeded",
                "warning",
                "kanban",
                annotations.get("summary"),
                state,
                "rule",
                7.0,
                5.0,
                false,
                labels,
                annotations,
                null,
                null,
                STARTED,
                FIRED,
                acknowledgedAt,
                acknowledgedAt == null ? null : "ops@example.com",
                acknowledgedAt == null ? null : "looking into it",
                resolvedAt,
                resolvedAt == null ? null : "rule",
                null);
    }

    /** A critical alert: the Andon alert of component andon. */
    static AlertFacts critical(long id) {
        AlertFacts a = firing(id);
        Map<String, String> labels = new LinkedHashMap<>(a.labels());
        labels.put("severity", "critical");
        labels.put("component", "andon");
        labels.put("alertname", "Critical Andon Open Too Long");
        labels.put("rule", "critical-andon-open-too-long");
        return new AlertFacts(
                id,
                a.fingerprint(),
                "Critical Andon Open Too Long",
                "critical-andon-open-too-long",
                "critical",
                "andon",
                "Critical Andon open for 45 minutes",
                "firing",
                "rule",
                2700.0,
                1800.0,
                false,
                labels,
                Map.of("summary", "Critical Andon open for 45 minutes"),
                null,
                null,
                STARTED,
                FIRED,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static Notification notification(String channel, Notice... notices) {
        return new Notification(
                channel,
                42,
                "7f3a9c0e5b1d2468ace013579bdf0246",
                "{}:{alertname=\"WIP Limit Exceeded\"}",
                Map.of("alertname", "WIP Limit Exceeded"),
                List.of(notices),
                RESOLVED.plusSeconds(5),
                LINKS);
    }
}
