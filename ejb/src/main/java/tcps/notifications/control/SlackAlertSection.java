package tcps.notifications.control;

import static tcps.notifications.control.SlackBlocks.date;
import static tcps.notifications.control.SlackBlocks.escape;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tcps.alerting.control.AlertFacts;

/** One alert in a Slack message: what happened to it in one line, then its facts as the section's fields. */
final class SlackAlertSection {

    private SlackAlertSection() {}

    static JsonObject of(Notice notice) {
        return SlackBlocks.section(text(notice), fields(notice));
    }

    static String text(Notice notice) {
        AlertFacts alert = notice.alert();
        String headline =
                switch (notice.kind()) {
                    case Notice.RESOLVED -> ":white_check_mark: *Resolved*";
                    case Notice.ACKNOWLEDGED -> ":eyes: *Acknowledged*";
                    case Notice.REPEAT -> icon(alert.severity()) + " *Still firing*";
                    default -> icon(alert.severity()) + " *Firing*";
                };
        String summary = alert.message() == null ? alert.rule() : alert.message();
        StringBuilder text = new StringBuilder(headline).append(" · ").append(escape(summary));
        String description =
                alert.annotations() == null ? null : alert.annotations().get("description");
        if (description != null && !description.isBlank() && !description.equals(summary)) {
            text.append('\n').append(escape(description));
        }
        return text.toString();
    }

    static List<String> fields(Notice notice) {
        AlertFacts alert = notice.alert();
        List<String> fields = new ArrayList<>();
        fields.add(field("Severity", escape(alert.severity())));
        String ruleId = alert.ruleId() == null ? "" : " (`" + escape(alert.ruleId()) + "`)";
        fields.add(field("Rule", escape(alert.rule()) + ruleId));
        fields.add(field("Component", escape(alert.component())));
        if (alert.value() != null) {
            fields.add(field("Value", valueAgainstThreshold(alert.value(), alert.threshold())));
        }
        Instant since = alert.triggeredAt() != null ? alert.triggeredAt() : alert.startedAt();
        if (since != null) {
            fields.add(field("Since", date(since)));
        }
        fields.add(field("Alert", "#" + alert.id()));
        if (Notice.ACKNOWLEDGED.equals(notice.kind())) {
            if (alert.acknowledgedBy() != null) {
                fields.add(field("Acknowledged by", escape(alert.acknowledgedBy())));
            }
            if (alert.acknowledgeComment() != null
                    && !alert.acknowledgeComment().isBlank()) {
                fields.add(field("Comment", escape(alert.acknowledgeComment())));
            }
        }
        if (notice.resolved() && alert.resolvedAt() != null) {
            String by = alert.resolvedBy() == null ? "" : " by " + escape(alert.resolvedBy());
            fields.add(field("Resolved", date(alert.resolvedAt()) + by));
        }
        return fields;
    }

    /** "7 (threshold 5)", or just the value for a rule without a threshold. */
    static String valueAgainstThreshold(double value, Double threshold) {
        return threshold == null ? number(value) : number(value) + " (threshold " + number(threshold) + ")";
    }

    static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String field(String name, String value) {
        return "*" + name + "*\n" + value;
    }

    private static String icon(String severity) {
        return switch (severity == null ? "" : severity) {
            case "critical" -> ":red_circle:";
            case "warning" -> ":large_orange_circle:";
            default -> ":large_blue_circle:";
        };
    }
}
