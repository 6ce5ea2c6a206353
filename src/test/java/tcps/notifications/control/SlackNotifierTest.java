package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tcps.alerting.control.AlertFacts;

/**
 * The Slack channel against Slack's documented incoming-webhook format: {@code {"text", "blocks"}} in Block Kit, with
 * its limits (50 blocks a message, header plain_text 150 characters, section text 3000, 10 fields of 2000 each, 10
 * context elements, 25 actions elements, button text 75) and its answers (200 {@code ok}; 429 with
 * {@code Retry-After}; 400/403/404/410 for a message or a hook that will not work).
 */
class SlackNotifierTest {

    private static final String SECRET_PATH = "/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";

    @Test
    void aFiringGroupIsOneBlockKitMessagePostedToTheWebhook() throws Exception {
        try (Receiver slack = new Receiver()) {
            SlackNotifier notifier = notifier(slack.url(SECRET_PATH));

            String reference = notifier.send(Samples.notification(
                    "slack",
                    new Notice(Notice.FIRED, Samples.firing(12)),
                    new Notice(Notice.FIRED, Samples.firing(13))));

            assertThat(reference).isNull();
            assertThat(slack.requests()).hasSize(1);
            Receiver.Request request = slack.last();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo(SECRET_PATH);
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            JsonObject message = parse(request.body());
            assertThat(message.keySet()).containsExactlyInAnyOrder("text", "blocks");
            assertThat(message.getString("text"))
                    .isEqualTo("[FIRING:2] WIP Limit Exceeded: WIP limit exceeded in bucket review; "
                            + "WIP limit exceeded in bucket review");
            assertThat(types(message)).containsExactly("header", "section", "divider", "section", "context", "actions");

            JsonObject header = block(message, 0);
            assertThat(header.getJsonObject("text").getString("type")).isEqualTo("plain_text");
            assertThat(header.getJsonObject("text").getString("text")).isEqualTo("[FIRING:2] WIP Limit Exceeded");

            JsonObject section = block(message, 1);
            assertThat(section.getJsonObject("text").getString("type")).isEqualTo("mrkdwn");
            assertThat(section.getJsonObject("text").getString("text"))
                    .isEqualTo(":large_orange_circle: *Firing* · WIP limit exceeded in bucket review\n"
                            + "Bucket review holds 7 work orders against a limit of 5.");
            assertThat(section.getJsonArray("fields").getValuesAs(JsonObject.class))
                    .allSatisfy(field -> assertThat(field.getString("type")).isEqualTo("mrkdwn"));
            assertThat(fields(section))
                    .containsExactly(
                            "*Severity*\nwarning",
                            "*Rule*\nWIP Limit Exceeded (`wip-limit-exceeded`)",
                            "*Component*\nkanban",
                            "*Value*\n7 (threshold 5)",
                            "*Since*\n<!date^" + Samples.FIRED.getEpochSecond()
                                    + "^{date_short_pretty} {time}|2026-12-03T10:00:30Z>",
                            "*Alert*\n#12");
            assertThat(fields(block(message, 3))).contains("*Alert*\n#13");

            assertThat(texts(block(message, 4).getJsonArray("elements")))
                    .containsExactly(
                            "*TCPS Health Monitor*",
                            "Group: alertname=WIP Limit Exceeded",
                            "Sent <!date^" + Samples.RESOLVED.plusSeconds(5).getEpochSecond()
                                    + "^{date_short_pretty} {time}|2026-12-03T10:10:05Z>");

            List<JsonObject> buttons =
                    block(message, 5).getJsonArray("elements").getValuesAs(JsonObject.class);
            assertThat(buttons).extracting(b -> b.getString("type")).containsOnly("button");
            assertThat(buttons)
                    .extracting(b -> b.getJsonObject("text").getString("type"))
                    .containsOnly("plain_text");
            assertThat(buttons)
                    .extracting(
                            b -> b.getString("action_id"),
                            b -> b.getJsonObject("text").getString("text"),
                            b -> b.getString("url"))
                    .containsExactly(
                            tuple(
                                    "alert-12",
                                    "Alert #12 · WIP Limit Exceeded",
                                    "https://tcps.example.com/api/alerts/12"),
                            tuple(
                                    "alert-13",
                                    "Alert #13 · WIP Limit Exceeded",
                                    "https://tcps.example.com/api/alerts/13"),
                            tuple("dashboard", "Open the dashboard", "https://tcps.example.com/"));
        }
    }

    @Test
    void anAcknowledgedNoticeSaysWhoAcknowledgedAndWhy() {
        JsonObject message = SlackMessage.of(
                Samples.notification("slack", new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12))));

        assertThat(headerText(message)).isEqualTo("[ACKNOWLEDGED] WIP Limit Exceeded");
        assertThat(block(message, 1).getJsonObject("text").getString("text")).startsWith(":eyes: *Acknowledged*");
        assertThat(fields(block(message, 1)))
                .contains("*Acknowledged by*\nops@example.com", "*Comment*\nlooking into it");
    }

    @Test
    void aResolvedNoticeIsAMessageOfItsOwnSayingWhenAndBy() {
        JsonObject message =
                SlackMessage.of(Samples.notification("slack", new Notice(Notice.RESOLVED, Samples.resolved(12))));

        assertThat(headerText(message)).isEqualTo("[RESOLVED] WIP Limit Exceeded");
        assertThat(message.getString("text")).startsWith("[RESOLVED] WIP Limit Exceeded: ");
        assertThat(block(message, 1).getJsonObject("text").getString("text"))
                .startsWith(":white_check_mark: *Resolved* · WIP limit exceeded in bucket review");
        assertThat(fields(block(message, 1)))
                .contains("*Resolved*\n<!date^" + Samples.RESOLVED.getEpochSecond()
                        + "^{date_short_pretty} {time}|2026-12-03T10:10:00Z> by rule")
                .noneMatch(field -> field.startsWith("*Acknowledged by*"));
    }

    @Test
    void aMixedGroupCountsEachKindAndARepeatCountsAsFiring() {
        JsonObject message = SlackMessage.of(Samples.notification(
                "slack",
                new Notice(Notice.REPEAT, Samples.firing(11)),
                new Notice(Notice.FIRED, Samples.firing(12)),
                new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(13)),
                new Notice(Notice.RESOLVED, Samples.resolved(14))));

        assertThat(headerText(message)).isEqualTo("[FIRING:2, ACKNOWLEDGED:1, RESOLVED:1] WIP Limit Exceeded");
        assertThat(block(message, 1).getJsonObject("text").getString("text"))
                .startsWith(":large_orange_circle: *Still firing*");
    }

    @Test
    void aCriticalAlertShowsItsValueAgainstItsThreshold() {
        JsonObject message =
                SlackMessage.of(Samples.notification("slack", new Notice(Notice.FIRED, Samples.critical(21))));

        assertThat(block(message, 1).getJsonObject("text").getString("text"))
                .isEqualTo(":red_circle: *Firing* · Critical Andon open for 45 minutes");
        assertThat(fields(block(message, 1)))
                .contains("*Severity*\ncritical", "*Component*\nandon", "*Value*\n2700 (threshold 1800)");
    }

    @Test
    void aValueWithoutThresholdIsShownAlone() {
        JsonObject message = SlackMessage.of(Samples.notification(
                "slack", new Notice(Notice.FIRED, variant(Samples.firing(12), "WIP Limit Exceeded", "summary", null))));

        assertThat(fields(block(message, 1))).contains("*Value*\n7").noneMatch(f -> f.contains("threshold"));
        assertThat(SlackAlertSection.valueAgainstThreshold(0.25, 0.1)).isEqualTo("0.25 (threshold 0.1)");
    }

    @Test
    void textFromAlertsCannotBecomeSlackMarkup() {
        AlertFacts awkward = variant(Samples.firing(12), "WIP <Limit>", "a < b & c > d <!channel>", 5.0);

        JsonObject message = SlackMessage.of(Samples.notification("slack", new Notice(Notice.FIRED, awkward)));

        String text = block(message, 1).getJsonObject("text").getString("text");
        assertThat(text).contains("a &lt; b &amp; c &gt; d &lt;!channel&gt;").doesNotContain("<!channel>");
        assertThat(fields(block(message, 1))).contains("*Rule*\nWIP &lt;Limit&gt; (`wip-limit-exceeded`)");
        assertThat(message.getString("text")).doesNotContain("<!channel>");
    }

    @Test
    void aLargeGroupKeepsWithinSlacksLimitsAndSaysHowManyMore() {
        Notice[] notices = IntStream.rangeClosed(1, 60)
                .mapToObj(id -> new Notice(Notice.FIRED, Samples.firing(id)))
                .toArray(Notice[]::new);

        JsonObject message = SlackMessage.of(Samples.notification("slack", notices));

        JsonArray blocks = message.getJsonArray("blocks");
        assertThat(blocks.size()).isLessThanOrEqualTo(SlackBlocks.MAX_BLOCKS).isEqualTo(43);
        assertThat(headerText(message)).isEqualTo("[FIRING:60] WIP Limit Exceeded");
        assertThat(types(message).stream().filter("section"::equals)).hasSize(SlackMessage.LISTED + 1);
        JsonObject more = block(message, blocks.size() - 3);
        assertThat(more.getJsonObject("text").getString("text"))
                .startsWith("…and 40 more: #21 WIP Limit Exceeded (kanban), #22 WIP Limit Exceeded (kanban)")
                .endsWith("#60 WIP Limit Exceeded (kanban). The dashboard shows them all.");
        JsonArray buttons = block(message, blocks.size() - 1).getJsonArray("elements");
        assertThat(buttons.size()).isEqualTo(21).isLessThanOrEqualTo(SlackBlocks.MAX_ACTIONS);
        assertThat(buttons.getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("action_id"))
                .doesNotHaveDuplicates();
    }

    @Test
    void longTextsAreCutToSlacksLimits() {
        String rule = "R".repeat(400);
        String summary = "&".repeat(1000) + "x".repeat(5000);
        AlertFacts verbose = variant(Samples.firing(12), rule, summary, 5.0);
        Notification notification = new Notification(
                "slack",
                42,
                "key",
                "group",
                Map.of("alertname", rule),
                List.of(new Notice(Notice.FIRED, verbose)),
                Samples.RESOLVED,
                Samples.LINKS);

        JsonObject message = SlackMessage.of(notification);

        assertThat(headerText(message))
                .hasSize(SlackBlocks.MAX_HEADER)
                .startsWith("[FIRING:1] RRR")
                .endsWith("…");
        String text = block(message, 1).getJsonObject("text").getString("text");
        assertThat(text).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_SECTION_TEXT).endsWith("&amp;…");
        assertThat(fields(block(message, 1)))
                .hasSizeLessThanOrEqualTo(SlackBlocks.MAX_FIELDS)
                .allSatisfy(f -> assertThat(f).hasSizeLessThanOrEqualTo(SlackBlocks.MAX_FIELD_TEXT));
        JsonObject button = block(message, 3).getJsonArray("elements").getJsonObject(0);
        assertThat(button.getJsonObject("text").getString("text")).hasSize(SlackBlocks.MAX_BUTTON_TEXT);
        assertThat(message.getString("text")).hasSizeLessThanOrEqualTo(SlackMessage.MAX_FALLBACK);
    }

    @Test
    void oneAlertFiredAndAcknowledgedInOneMessageHasOneButton() {
        JsonObject message = SlackMessage.of(Samples.notification(
                "slack",
                new Notice(Notice.FIRED, Samples.firing(12)),
                new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12))));

        assertThat(block(message, 5).getJsonArray("elements").getValuesAs(JsonObject.class))
                .extracting(b -> b.getString("action_id"))
                .containsExactly("alert-12", "dashboard");
    }

    @Test
    void aTestNoticeSaysItIsATestOfTheChannel() throws Exception {
        try (Receiver slack = new Receiver()) {
            notifier(slack.url(SECRET_PATH))
                    .send(Samples.notification("slack", new Notice(Notice.TEST, Samples.firing(1))));

            JsonObject message = parse(slack.last().body());
            assertThat(types(message)).containsExactly("header", "section", "context", "actions");
            assertThat(headerText(message)).isEqualTo("[TEST] Slack channel of TCPS Health Monitor");
            assertThat(message.getString("text")).contains("test");
            assertThat(block(message, 1).getJsonObject("text").getString("text"))
                    .contains("This is a test of the Slack channel of TCPS Health Monitor")
                    .contains("No alert is firing");
            assertThat(fields(block(message, 1))).containsExactly("*Channel*\nslack", "*Delivery*\n#42");
            assertThat(block(message, 3).getJsonArray("elements").getValuesAs(JsonObject.class))
                    .extracting(b -> b.getString("url"))
                    .containsExactly("https://tcps.example.com/");
        }
    }

    @Test
    void slackRefusingThePayloadOrTheHookIsNotRetried() throws Exception {
        for (var refusal : List.of(
                new Receiver.Answer(400, "invalid_payload", Map.of()),
                new Receiver.Answer(403, "action_prohibited", Map.of()),
                new Receiver.Answer(404, "no_service", Map.of()),
                new Receiver.Answer(410, "channel_is_archived", Map.of()))) {
            try (Receiver slack = new Receiver()) {
                slack.then(refusal);

                assertThatThrownBy(() -> notifier(slack.url(SECRET_PATH)).send(firing()))
                        .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                            assertThat(failure.retryable()).isFalse();
                            assertThat(failure.getMessage()).contains(String.valueOf(refusal.status()), refusal.body());
                        });
            }
        }
    }

    @Test
    void rateLimitedIsRetriedAfterSlacksWaitAndAServerErrorIsRetried() throws Exception {
        try (Receiver slack = new Receiver()) {
            slack.then(
                    new Receiver.Answer(429, "rate_limited", Map.of("Retry-After", "7")),
                    new Receiver.Answer(500, "rollup_error", Map.of()));
            SlackNotifier notifier = notifier(slack.url(SECRET_PATH));

            assertThatThrownBy(() -> notifier.send(firing())).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                assertThat(failure.retryable()).isTrue();
                assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
            });
            assertThatThrownBy(() -> notifier.send(firing()))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.retryable())
                            .isTrue());
            assertThat(notifier.send(firing())).isNull();
            assertThat(slack.requests()).hasSize(3);
        }
    }

    @Test
    void theWebhookIsTheSecretAndNeverShown() {
        SlackNotifier notifier = notifier("https://hooks.slack.com" + SECRET_PATH);

        assertThat(notifier.name()).isEqualTo("slack");
        assertThat(notifier.enabled()).isTrue();
        assertThat(notifier.settings()).containsExactly(Map.entry("webhook", "https://hooks.slack.com/********"));
        assertThat(notifier.settings().toString()).doesNotContain("XXXX", "T00000000");
    }

    @Test
    void anInvalidWebhookFailsForGoodWithoutShowingIt() {
        SlackNotifier notifier = notifier("hooks slack com/services/T0/B0/SECRETPART");

        assertThatThrownBy(() -> notifier.send(firing())).isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
            assertThat(failure.retryable()).isFalse();
            assertThat(failure.getMessage()).doesNotContain("SECRETPART");
        });
    }

    @Test
    void withoutAWebhookTheChannelIsOff() {
        SlackNotifier notifier = notifier(null);
        assertThat(notifier.enabled()).isFalse();
        assertThat(notifier.settings()).containsEntry("webhook", "");
        assertThatThrownBy(() -> notifier.send(firing()))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());

        assertThat(notifier("  ").enabled()).isFalse();
    }

    @Test
    void groupsByRuleAndComponentAtAHumanPace() {
        Grouping grouping = notifier(null).defaultGrouping();

        assertThat(grouping.groupBy()).containsExactly("alertname", "component");
        assertThat(grouping.eachAlertAlone()).isFalse();
        assertThat(grouping.groupWait()).isEqualTo(Duration.ofSeconds(2));
        assertThat(grouping.groupInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(grouping.repeatInterval()).isEqualTo(Duration.ofHours(4));
    }

    private static SlackNotifier notifier(String webhook) {
        SlackNotifier notifier = new SlackNotifier();
        notifier.webhook = Optional.ofNullable(webhook);
        notifier.http = new HttpDelivery();
        notifier.http.timeoutMs = 2000;
        return notifier;
    }

    private static Notification firing() {
        return Samples.notification("slack", new Notice(Notice.FIRED, Samples.firing(12)));
    }

    /** The sample alert with another rule name, summary and threshold. */
    private static AlertFacts variant(AlertFacts a, String rule, String summary, Double threshold) {
        return new AlertFacts(
                a.id(),
                a.fingerprint(),
                rule,
                a.ruleId(),
                a.severity(),
                a.component(),
                summary,
                a.state(),
                a.origin(),
                a.value(),
                threshold,
                a.simulated(),
                a.labels(),
                Map.of("summary", summary),
                null,
                null,
                a.startedAt(),
                a.triggeredAt(),
                null,
                null,
                null,
                null,
                null,
                null);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    private static JsonObject block(JsonObject message, int index) {
        return message.getJsonArray("blocks").getJsonObject(index);
    }

    private static String headerText(JsonObject message) {
        JsonObject header = block(message, 0);
        assertThat(header.getString("type")).isEqualTo("header");
        return header.getJsonObject("text").getString("text");
    }

    private static List<String> types(JsonObject message) {
        return message.getJsonArray("blocks").getValuesAs(JsonObject.class).stream()
                .map(b -> b.getString("type"))
                .toList();
    }

    private static List<String> fields(JsonObject section) {
        assertThat(section.getString("type")).isEqualTo("section");
        JsonArray fields = section.getJsonArray("fields");
        return fields == null ? List.of() : texts(fields);
    }

    private static List<String> texts(JsonArray elements) {
        return elements.getValuesAs(JsonValue.class).stream()
                .map(e -> ((JsonObject) e).getString("text"))
                .toList();
    }
}
