package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;

/**
 * The Block Kit pieces a Slack message is made of, each cut to Slack's documented limits: a message over a limit is
 * refused whole ({@code invalid_blocks}), so a long summary must shorten rather than lose the notification.
 */
final class SlackBlocks {

    /** Blocks in one message. */
    static final int MAX_BLOCKS = 50;
    /** A header block's plain_text. */
    static final int MAX_HEADER = 150;
    /** A section block's text. */
    static final int MAX_SECTION_TEXT = 3000;
    /** Fields in one section block. */
    static final int MAX_FIELDS = 10;
    /** One field's text. */
    static final int MAX_FIELD_TEXT = 2000;
    /** Elements in one context block. */
    static final int MAX_CONTEXT_ELEMENTS = 10;
    /** Elements in one actions block. */
    static final int MAX_ACTIONS = 25;
    /** A button's plain_text. */
    static final int MAX_BUTTON_TEXT = 75;

    private SlackBlocks() {}

    static JsonObject header(String text) {
        return Json.createObjectBuilder()
                .add("type", "header")
                .add("text", plainText(cut(text, MAX_HEADER)))
                .build();
    }

    static JsonObject section(String mrkdwn, List<String> fields) {
        var section = Json.createObjectBuilder()
                .add("type", "section")
                .add("text", mrkdwn(cutMrkdwn(mrkdwn, MAX_SECTION_TEXT)));
        if (!fields.isEmpty()) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            fields.stream().limit(MAX_FIELDS).forEach(field -> array.add(mrkdwn(cutMrkdwn(field, MAX_FIELD_TEXT))));
            section.add("fields", array);
        }
        return section.build();
    }

    static JsonObject divider() {
        return Json.createObjectBuilder().add("type", "divider").build();
    }

    static JsonObject context(List<String> mrkdwnElements) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        mrkdwnElements.stream()
                .limit(MAX_CONTEXT_ELEMENTS)
                .forEach(text -> elements.add(mrkdwn(cutMrkdwn(text, MAX_FIELD_TEXT))));
        return Json.createObjectBuilder()
                .add("type", "context")
                .add("elements", elements)
                .build();
    }

    static JsonObject actions(List<JsonObject> buttons) {
        JsonArrayBuilder elements = Json.createArrayBuilder();
        buttons.stream().limit(MAX_ACTIONS).forEach(elements::add);
        return Json.createObjectBuilder()
                .add("type", "actions")
                .add("elements", elements)
                .build();
    }

    /** A link button: Slack opens the URL; {@code actionId} must be unique within the message. */
    static JsonObject linkButton(String actionId, String text, String url) {
        return Json.createObjectBuilder()
                .add("type", "button")
                .add("action_id", actionId)
                .add("text", plainText(cut(text, MAX_BUTTON_TEXT)))
                .add("url", url)
                .build();
    }

    /** Slack shows the time in each reader's own time zone; clients that cannot, show the ISO text. */
    static String date(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + at + ">";
    }

    /** Slack's mrkdwn reads {@code &}, {@code <} and {@code >} as markup: text from alerts must not. */
    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** At most {@code max} characters, ending in … when cut; never splits a surrogate pair. */
    static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text == null ? "" : text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "…";
    }

    /** As {@link #cut}, and never leaves half an escape ({@code &am…}) or half a date or link token. */
    static String cutMrkdwn(String text, int max) {
        String cut = cut(text, max);
        if (text == null || cut.length() == text.length()) {
            return cut;
        }
        String kept = cut.substring(0, cut.length() - 1);
        int amp = kept.lastIndexOf('&');
        if (amp >= 0 && kept.indexOf(';', amp) < 0) {
            kept = kept.substring(0, amp);
        }
        int open = kept.lastIndexOf('<');
        if (open >= 0 && kept.indexOf('>', open) < 0) {
            kept = kept.substring(0, open);
        }
        return kept + "…";
    }

    private static JsonObject plainText(String text) {
        return Json.createObjectBuilder()
                .add("type", "plain_text")
                .add("text", text)
                .add("emoji", true)
                .build();
    }

    private static JsonObject mrkdwn(String text) {
        return Json.createObjectBuilder()
                .add("type", "mrkdwn")
                .add("text", text)
                .build();
    }
}
