package tcps.notifications.control;

import static tcps.notifications.control.SlackBlocks.escape;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tcps.alerting.control.AlertFacts;

/**
 * The Slack message of one notification, in Block Kit: a header saying what happened to the group, one section per
 * alert, a context line and link buttons. {@code text} is the fallback Slack shows in notifications and to clients
 * without blocks.
 */
final class SlackMessage {

    static final String PRODUCT = "TCPS Health Monitor";

    /**
     * Alerts shown in full. 20 sections, 19 dividers, the header, the "and K more" section, the context and the
     * actions make 43 blocks (Slack takes 50); 20 alert buttons and the dashboard's make 21 elements (an actions block
     * takes 25).
     */
    static final int LISTED = 20;

    /** Slack shortens a longer fallback anyway; notifications show only its start. */
    static final int MAX_FALLBACK = 3000;

    private SlackMessage() {}

    static JsonObject of(Notification notification) {
        return notification.test() ? test(notification) : alerts(notification);
    }

    private static JsonObject alerts(Notification notification) {
        List<Notice> notices = notification.notices();
        List<Notice> listed = notices.subList(0, Math.min(LISTED, notices.size()));
        String title = title(notification);
        List<JsonObject> blocks = new ArrayList<>();
        blocks.add(SlackBlocks.header(title));
        for (Notice notice : listed) {
            if (blocks.size() > 1) {
                blocks.add(SlackBlocks.divider());
            }
            blocks.add(SlackAlertSection.of(notice));
        }
        if (notices.size() > listed.size()) {
            blocks.add(SlackBlocks.section(more(notices.subList(listed.size(), notices.size())), List.of()));
        }
        blocks.add(SlackBlocks.context(context(notification)));
        blocks.add(SlackBlocks.actions(buttons(listed, notification.links())));
        String summaries =
                notices.stream().map(notice -> escape(notice.alert().message())).collect(Collectors.joining("; "));
        return message(SlackBlocks.cutMrkdwn(escape(title) + ": " + summaries, MAX_FALLBACK), blocks);
    }

    private static JsonObject test(Notification notification) {
        String title = "[TEST] Slack channel of " + PRODUCT;
        List<JsonObject> blocks = List.of(
                SlackBlocks.header(title),
                SlackBlocks.section(
                        ":test_tube: This is a test of the Slack channel of " + PRODUCT
                                + ", sent on request. No alert is firing; nothing needs doing.",
                        List.of(
                                "*Channel*\n" + escape(notification.channel()),
                                "*Delivery*\n#" + notification.deliveryId())),
                SlackBlocks.context(context(notification)),
                SlackBlocks.actions(List.of(dashboardButton(notification.links()))));
        return message(title + ": this is a test, no alert is firing", blocks);
    }

    /** "[FIRING:2] WIP Limit Exceeded", "[RESOLVED] ...", "[FIRING:1, ACKNOWLEDGED:1] ...". */
    static String title(Notification notification) {
        long firing = notification.notices().stream()
                .filter(n -> Notice.FIRED.equals(n.kind()) || Notice.REPEAT.equals(n.kind()))
                .count();
        long acknowledged = notification.notices().stream()
                .filter(n -> Notice.ACKNOWLEDGED.equals(n.kind()))
                .count();
        long resolved = notification.resolved().size();
        List<String> parts = new ArrayList<>();
        if (firing > 0) {
            parts.add("FIRING:" + firing);
        }
        if (acknowledged > 0) {
            parts.add("ACKNOWLEDGED" + (firing + resolved > 0 ? ":" + acknowledged : ""));
        }
        if (resolved > 0) {
            parts.add("RESOLVED" + (firing + acknowledged > 0 ? ":" + resolved : ""));
        }
        return "[" + String.join(", ", parts) + "] " + subject(notification);
    }

    private static String subject(Notification notification) {
        Map<String, String> group = notification.groupLabels() == null ? Map.of() : notification.groupLabels();
        List<String> rules = notification.notices().stream()
                .map(n -> n.alert().rule())
                .distinct()
                .toList();
        String subject = group.getOrDefault("alertname", rules.size() == 1 ? rules.get(0) : rules.size() + " rules");
        return group.containsKey("component") ? subject + " · " + group.get("component") : subject;
    }

    private static String more(List<Notice> rest) {
        String alerts = rest.stream()
                .map(n -> "#" + n.alert().id() + " " + escape(n.alert().rule()) + " ("
                        + escape(n.alert().component()) + ")")
                .collect(Collectors.joining(", "));
        return "…and " + rest.size() + " more: " + alerts + ". The dashboard shows them all.";
    }

    private static List<String> context(Notification notification) {
        List<String> elements = new ArrayList<>();
        elements.add("*" + PRODUCT + "*");
        if (notification.groupLabels() != null && !notification.groupLabels().isEmpty()) {
            elements.add("Group: "
                    + new TreeMap<>(notification.groupLabels())
                            .entrySet().stream()
                                    .map(label -> escape(label.getKey()) + "=" + escape(label.getValue()))
                                    .collect(Collectors.joining(", ")));
        }
        if (notification.at() != null) {
            elements.add("Sent " + SlackBlocks.date(notification.at()));
        }
        return elements;
    }

    private static List<JsonObject> buttons(List<Notice> listed, Notification.Links links) {
        // One alert may appear twice (fired, then acknowledged); an action_id must be unique in a message.
        Map<Long, AlertFacts> alerts = new LinkedHashMap<>();
        listed.forEach(notice -> alerts.putIfAbsent(notice.alert().id(), notice.alert()));
        List<JsonObject> buttons = new ArrayList<>();
        alerts.values()
                .forEach(alert -> buttons.add(SlackBlocks.linkButton(
                        "alert-" + alert.id(),
                        "Alert #" + alert.id() + " · " + alert.rule(),
                        links.alert(alert.id()))));
        buttons.add(dashboardButton(links));
        return buttons;
    }

    private static JsonObject dashboardButton(Notification.Links links) {
        return SlackBlocks.linkButton("dashboard", "Open the dashboard", links.dashboard());
    }

    private static JsonObject message(String fallback, List<JsonObject> blocks) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        blocks.forEach(array::add);
        return Json.createObjectBuilder()
                .add("text", fallback)
                .add("blocks", array)
                .build();
    }
}
