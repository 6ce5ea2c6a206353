package tcps.notifications.control;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import tcps.alerting.control.AlertFacts;

/**
 * A notification as an email: Alertmanager's kind of subject ({@code [FIRING:2] WIP Limit Exceeded (kanban)}), and a
 * body that lists every alert of the group, as XHTML (every value escaped) and as plain text for clients that show
 * no HTML.
 */
final class EmailBody {

    private EmailBody() {}

    static String subject(Notification notification) {
        List<Notice> notices = notification.notices();
        if (notification.test()) {
            return "[TEST] TCPS Health Monitor: this email channel works";
        }
        Map<String, Long> counts = notices.stream()
                .collect(Collectors.groupingBy(EmailBody::word, java.util.TreeMap::new, Collectors.counting()));
        String states = counts.size() == 1 && counts.containsKey("RESOLVED")
                ? "RESOLVED"
                : counts.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey(java.util.Comparator.comparing(EmailBody::order)))
                        .map(e -> e.getKey() + ":" + e.getValue())
                        .collect(Collectors.joining(", "));
        AlertFacts first = notices.get(0).alert();
        return "[" + states + "] " + first.rule() + " (" + first.component() + ")";
    }

    static String text(Notification notification) {
        StringBuilder text = new StringBuilder(subject(notification)).append("\n\n");
        for (Notice notice : notification.notices()) {
            AlertFacts a = notice.alert();
            text.append(word(notice)).append(": ").append(a.message()).append('\n');
            facts(notice).forEach((name, value) -> text.append("  ")
                    .append(name)
                    .append(": ")
                    .append(value)
                    .append('\n'));
            text.append("  Alert: ").append(notification.links().alert(a.id())).append("\n\n");
        }
        return text.append("Dashboard: ")
                .append(notification.links().dashboard())
                .append('\n')
                .toString();
    }

    static String html(Notification notification) {
        StringBuilder html = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>")
                .append(escape(subject(notification)))
                .append("</title></head><body style=\"font-family:sans-serif\"><h2>")
                .append(escape(subject(notification)))
                .append("</h2>");
        for (Notice notice : notification.notices()) {
            AlertFacts a = notice.alert();
            html.append("<table id=\"alert-")
                    .append(a.id())
                    .append("\" border=\"1\" cellpadding=\"4\">")
                    .append("<tr><th colspan=\"2\">")
                    .append(word(notice))
                    .append(": ")
                    .append(escape(a.message()))
                    .append("</th></tr>");
            facts(notice).forEach((name, value) -> html.append("<tr><td>")
                    .append(escape(name))
                    .append("</td><td>")
                    .append(escape(value))
                    .append("</td></tr>"));
            html.append("<tr><td>Alert</td><td><a href=\"")
                    .append(escape(notification.links().alert(a.id())))
                    .append("\">")
                    .append(escape(notification.links().alert(a.id())))
                    .append("</a></td></tr></table><p/>");
        }
        return html.append("<p><a href=\"")
                .append(escape(notification.links().dashboard()))
                .append("\">Open the dashboard</a></p></body></html>")
                .toString();
    }

    private static Map<String, String> facts(Notice notice) {
        AlertFacts a = notice.alert();
        Map<String, String> facts = new java.util.LinkedHashMap<>();
        facts.put("Severity", a.severity());
        facts.put("Rule", a.rule());
        facts.put("Component", a.component());
        if (a.value() != null) {
            facts.put(
                    "Value",
                    number(a.value()) + (a.threshold() == null ? "" : " (threshold " + number(a.threshold()) + ")"));
        }
        facts.put("Since", String.valueOf(a.triggeredAt() != null ? a.triggeredAt() : a.startedAt()));
        if (a.annotations().containsKey("description")) {
            facts.put("Description", a.annotations().get("description"));
        }
        if (a.acknowledgedBy() != null) {
            facts.put(
                    "Acknowledged by",
                    a.acknowledgedBy() + (a.acknowledgeComment() == null ? "" : ": " + a.acknowledgeComment()));
        }
        if (a.resolvedAt() != null) {
            facts.put("Resolved", a.resolvedAt() + " by " + a.resolvedBy());
        }
        facts.put("Alert id", String.valueOf(a.id()));
        return facts;
    }

    private static String word(Notice notice) {
        return switch (notice.kind()) {
            case Notice.RESOLVED -> "RESOLVED";
            case Notice.ACKNOWLEDGED -> "ACKNOWLEDGED";
            case Notice.TEST -> "TEST";
            default -> "FIRING";
        };
    }

    private static int order(String word) {
        return List.of("FIRING", "ACKNOWLEDGED", "RESOLVED", "TEST").indexOf(word);
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf((long) value)
                : String.valueOf(value);
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }
}
