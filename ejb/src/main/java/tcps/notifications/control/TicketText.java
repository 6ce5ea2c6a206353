package tcps.notifications.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.control.AlertTransitions;

/**
 * An alert as the ticket channels (ServiceNow, Jira) write it: a title, its facts, and one line for each thing that
 * happened to it. Plain text; each channel lays it out in its own format.
 */
final class TicketText {

    static final String PRODUCT = "TCPS Health Monitor";
    static final String TEST_TITLE = PRODUCT + ": test notification";

    /** One fact of an alert: "Component" - "kanban". */
    record Fact(String name, String value) {}

    private TicketText() {}

    /**
     * The ticket's key for one alert: {@code tcps-<fingerprint>-<id>}. The id is part of it so that an alert which
     * fires again after it resolved (same fingerprint, new id) opens a ticket of its own instead of landing on the
     * resolved one, which ServiceNow still counts as active until it is closed. Only letters, digits, '.', '_' and
     * '-', so it fits a ServiceNow encoded query and a Jira label (no spaces).
     */
    static String key(AlertFacts alert) {
        String fingerprint = alert.fingerprint() == null ? "alert" : alert.fingerprint();
        return "tcps-" + fingerprint.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + alert.id();
    }

    /** The key of a channel test: the same on every attempt of that delivery. */
    static String testKey(Notification notification) {
        return "tcps-test-" + notification.deliveryId();
    }

    static String title(AlertFacts alert) {
        return PRODUCT + ": " + summary(alert);
    }

    static String summary(AlertFacts alert) {
        return alert.message() == null || alert.message().isBlank() ? alert.rule() : alert.message();
    }

    /** The rule's description annotation, or null when it has none or it only repeats the summary. */
    static String description(AlertFacts alert) {
        String description =
                alert.annotations() == null ? null : alert.annotations().get("description");
        return description == null || description.isBlank() || description.equals(summary(alert)) ? null : description;
    }

    /** Rule, component, severity, value against threshold and since when: the facts an assignee starts from. */
    static List<Fact> facts(AlertFacts alert) {
        List<Fact> facts = new ArrayList<>();
        String ruleId = alert.ruleId() == null ? "" : " (" + alert.ruleId() + ")";
        facts.add(new Fact("Rule", alert.rule() + ruleId));
        facts.add(new Fact("Component", alert.component()));
        facts.add(new Fact("Severity", alert.severity()));
        if (alert.value() != null) {
            facts.add(new Fact("Value", valueAgainstThreshold(alert)));
        }
        Instant since = since(alert);
        if (since != null) {
            facts.add(new Fact("Since", since.toString()));
        }
        return facts;
    }

    static String acknowledged(AlertFacts alert) {
        String by = alert.acknowledgedBy() == null ? "Acknowledged" : "Acknowledged by " + alert.acknowledgedBy();
        String comment = alert.acknowledgeComment();
        return comment == null || comment.isBlank() ? by : by + ": " + comment;
    }

    /** Why the alert resolved and by whom: its condition cleared, or a person resolved it. */
    static String resolved(AlertFacts alert) {
        String at = alert.resolvedAt() == null ? "" : " at " + alert.resolvedAt();
        if (alert.resolvedBy() == null || AlertTransitions.RULE_ACTOR.equals(alert.resolvedBy())) {
            return "Resolved in " + PRODUCT + at + ": the condition of rule " + alert.rule() + " no longer holds.";
        }
        return "Resolved by " + alert.resolvedBy() + " in " + PRODUCT + at + ".";
    }

    static String stillFiring(AlertFacts alert) {
        Instant since = since(alert);
        String value = alert.value() == null ? "" : " at " + valueAgainstThreshold(alert);
        return "Still firing" + value + (since == null ? "" : " since " + since) + ".";
    }

    static String testDescription() {
        return "A test of this channel from " + PRODUCT + ": no alert is firing. It is resolved at once.";
    }

    static String alertLinkText(AlertFacts alert) {
        return "Alert #" + alert.id() + " in " + PRODUCT;
    }

    /** At most {@code max} characters, an ellipsis marking the cut, never splitting a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** "7 (threshold 5)", or the value alone for a rule without a threshold. */
    static String valueAgainstThreshold(AlertFacts alert) {
        String value = number(alert.value());
        return alert.threshold() == null ? value : value + " (threshold " + number(alert.threshold()) + ")";
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static Instant since(AlertFacts alert) {
        return alert.triggeredAt() != null ? alert.triggeredAt() : alert.startedAt();
    }
}
