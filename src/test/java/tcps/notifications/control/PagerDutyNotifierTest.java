package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcps.alerting.control.AlertFacts;

/**
 * The PagerDuty channel against the Events API v2 as documented: {@code POST /v2/enqueue} of {@code routing_key},
 * {@code event_action} (trigger | acknowledge | resolve), {@code dedup_key} (at most 255 characters), for a trigger
 * {@code payload} (summary of at most 1024 characters, source, severity critical | error | warning | info, timestamp,
 * component, group, class, custom_details), {@code links}, {@code client}, {@code client_url}; answered 202
 * {@code {"status":"success","dedup_key":...}}; 400 for an invalid event (never retried), 429 and 5xx retried.
 */
class PagerDutyNotifierTest {

    private static final String ROUTING_KEY = "R0UT1NGKEY0123456789abcdefabcdef";
    private static final Set<String> EVENT_FIELDS =
            Set.of("routing_key", "event_action", "dedup_key", "payload", "images", "links", "client", "client_url");
    private static final Set<String> PAYLOAD_FIELDS =
            Set.of("summary", "source", "severity", "timestamp", "component", "group", "class", "custom_details");
    private static final Set<String> SEVERITIES = Set.of("critical", "error", "warning", "info");

    @Test
    void aFiredAlertTriggersAnIncidentKeyedByItsFingerprint() throws Exception {
        try (Receiver pagerDuty = accepting()) {
            AlertFacts alert = Samples.firing(12);

            String reference = notifier(pagerDuty).send(notification(new Notice(Notice.FIRED, alert)));

            Receiver.Request request = pagerDuty.last();
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.path()).isEqualTo("/v2/enqueue");
            assertThat(request.header("Content-Type")).isEqualTo("application/json");
            JsonObject event = parse(request.body());
            assertThat(EVENT_FIELDS).containsAll(event.keySet());
            assertThat(event.getString("routing_key")).isEqualTo(ROUTING_KEY);
            assertThat(event.getString("event_action")).isEqualTo("trigger");
            assertThat(event.getString("dedup_key"))
                    .isEqualTo(alert.fingerprint())
                    .isEqualTo("0123456789abcde2");
            assertThat(event.getString("client")).isEqualTo("TCPS Health Monitor");
            assertThat(event.getString("client_url")).isEqualTo("https://tcps.example.com/");
            assertThat(event.getJsonArray("links")).hasSize(1);
            JsonObject link = event.getJsonArray("links").getJsonObject(0);
            assertThat(link.keySet()).containsExactlyInAnyOrder("href", "text");
            assertThat(link.getString("href")).isEqualTo("https://tcps.example.com/api/alerts/12");
            assertThat(link.getString("text")).isEqualTo("Alert #12 in TCPS Health Monitor");

            JsonObject payload = event.getJsonObject("payload");
            assertThat(PAYLOAD_FIELDS).containsAll(payload.keySet());
            assertThat(payload.getString("summary")).isEqualTo("WIP limit exceeded in bucket review");
            assertThat(payload.getString("source")).isEqualTo("tcps-health-monitor");
            assertThat(payload.getString("severity")).isEqualTo("warning");
            assertThat(payload.getString("timestamp")).isEqualTo("2026-12-03T10:00:30Z");
            assertThat(payload.getString("component")).isEqualTo("kanban");
            assertThat(payload.getString("group")).isEqualTo("wip-limit-exceeded");
            assertThat(payload.getString("class")).isEqualTo("WIP Limit Exceeded");

            JsonObject details = payload.getJsonObject("custom_details");
            assertThat(details.getJsonNumber("alert_id").longValue()).isEqualTo(12);
            assertThat(details.getJsonNumber("value").doubleValue()).isEqualTo(7.0);
            assertThat(details.getJsonNumber("threshold").doubleValue()).isEqualTo(5.0);
            assertThat(details.getString("state")).isEqualTo("firing");
            assertThat(details.getJsonObject("labels"))
                    .containsOnlyKeys("bucket", "alertname", "rule", "severity", "component");
            assertThat(details.getJsonObject("labels").getString("bucket")).isEqualTo("review");
            assertThat(details.getJsonObject("annotations").getString("description"))
                    .isEqualTo("Bucket review holds 7 work orders against a limit of 5.");

            assertThat(reference).isEqualTo("0123456789abcde2");
        }
    }

    @Test
    void acknowledgeAndResolveCarryOnlyTheIncidentsKeyInTheNoticesOrder() throws Exception {
        try (Receiver pagerDuty = accepting()) {
            notifier(pagerDuty)
                    .send(notification(
                            new Notice(Notice.FIRED, Samples.firing(12)),
                            new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)),
                            new Notice(Notice.RESOLVED, Samples.resolved(12))));

            List<JsonObject> events = events(pagerDuty);
            assertThat(events)
                    .extracting(e -> e.getString("event_action"))
                    .containsExactly("trigger", "acknowledge", "resolve");
            assertThat(events).extracting(e -> e.getString("dedup_key")).containsOnly("0123456789abcde2");
            assertThat(events.subList(1, 3)).allSatisfy(e -> assertThat(e.keySet())
                    .containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key"));
            assertThat(events.get(2).getString("routing_key")).isEqualTo(ROUTING_KEY);
        }
    }

    @Test
    void aRepeatTriggersTheSameIncidentAgain() throws Exception {
        try (Receiver pagerDuty = accepting()) {
            notifier(pagerDuty).send(notification(new Notice(Notice.REPEAT, Samples.firing(12))));

            JsonObject event = parse(pagerDuty.last().body());
            assertThat(event.getString("event_action")).isEqualTo("trigger");
            assertThat(event.getString("dedup_key")).isEqualTo("0123456789abcde2");
        }
    }

    @Test
    void severitiesMapOntoPagerDutysFour() throws Exception {
        assertThat(PagerDutyEvents.severity("critical")).isEqualTo("critical");
        assertThat(PagerDutyEvents.severity("warning")).isEqualTo("warning");
        assertThat(PagerDutyEvents.severity("info")).isEqualTo("info");
        assertThat(PagerDutyEvents.severity("major")).isEqualTo("error");
        assertThat(PagerDutyEvents.severity(null)).isEqualTo("error");
        assertThat(List.of("critical", "warning", "info", "major", "page"))
                .allSatisfy(s -> assertThat(SEVERITIES).contains(PagerDutyEvents.severity(s)));

        try (Receiver pagerDuty = accepting()) {
            notifier(pagerDuty).send(notification(new Notice(Notice.FIRED, Samples.critical(21))));

            JsonObject payload = parse(pagerDuty.last().body()).getJsonObject("payload");
            assertThat(payload.getString("severity")).isEqualTo("critical");
            assertThat(payload.getString("component")).isEqualTo("andon");
            assertThat(payload.getString("class")).isEqualTo("Critical Andon Open Too Long");
            assertThat(payload.getJsonObject("custom_details")
                            .getJsonNumber("threshold")
                            .doubleValue())
                    .isEqualTo(1800.0);
        }
    }

    @Test
    void longSummariesAndKeysAreCutToTheDocumentedLimits() {
        AlertFacts verbose = variant(Samples.firing(12), "k".repeat(300), "s".repeat(2000), null);

        List<JsonObject> events = PagerDutyEvents.of(
                notification(new Notice(Notice.FIRED, verbose), new Notice(Notice.RESOLVED, verbose)),
                ROUTING_KEY,
                "tcps-health-monitor");

        String summary = events.get(0).getJsonObject("payload").getString("summary");
        assertThat(summary).hasSize(PagerDutyEvents.MAX_SUMMARY).endsWith("…");
        assertThat(events)
                .extracting(e -> e.getString("dedup_key"))
                .containsOnly("k".repeat(PagerDutyEvents.MAX_DEDUP_KEY));
        assertThat(events.get(0).getJsonObject("payload").getJsonObject("custom_details"))
                .doesNotContainKey("threshold");
    }

    @Test
    void aTestTriggersAnInfoIncidentAndResolvesIt() throws Exception {
        try (Receiver pagerDuty = new Receiver()) {
            pagerDuty.answer(
                    202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"tcps-test-42\"}");

            String reference = notifier(pagerDuty).send(notification(new Notice(Notice.TEST, Samples.firing(1))));

            List<JsonObject> events = events(pagerDuty);
            assertThat(events).extracting(e -> e.getString("event_action")).containsExactly("trigger", "resolve");
            assertThat(events).extracting(e -> e.getString("dedup_key")).containsOnly("tcps-test-42");
            JsonObject payload = events.get(0).getJsonObject("payload");
            assertThat(PAYLOAD_FIELDS).containsAll(payload.keySet());
            assertThat(payload.getString("severity")).isEqualTo("info");
            assertThat(payload.getString("summary")).startsWith("Test of the PagerDuty channel of TCPS Health Monitor");
            assertThat(payload.getString("source")).isEqualTo("tcps-health-monitor");
            assertThat(payload.getString("timestamp")).isEqualTo("2026-12-03T10:10:05Z");
            assertThat(events.get(1).keySet()).containsExactlyInAnyOrder("routing_key", "event_action", "dedup_key");
            assertThat(reference).isEqualTo("tcps-test-42");
        }
    }

    @Test
    void anInvalidEventIsNotRetried() throws Exception {
        try (Receiver pagerDuty = new Receiver()) {
            pagerDuty.answer(
                    400,
                    "{\"status\":\"invalid event\",\"message\":\"Event object is invalid\","
                            + "\"errors\":[\"'payload.summary' is missing or blank\"]}");

            assertThatThrownBy(
                            () -> notifier(pagerDuty).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, failure -> {
                        assertThat(failure.retryable()).isFalse();
                        assertThat(failure.getMessage()).contains("400", "invalid event");
                    });
        }
    }

    @Test
    void throttledAndServerErrorsAreRetried() throws Exception {
        for (int status : List.of(429, 500, 502, 503)) {
            try (Receiver pagerDuty = new Receiver()) {
                pagerDuty.answer(status, "{\"status\":\"throttled\"}");

                assertThatThrownBy(() ->
                                notifier(pagerDuty).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                        .isInstanceOfSatisfying(DeliveryFailure.class, failure -> assertThat(failure.retryable())
                                .as("HTTP %d", status)
                                .isTrue());
            }
        }
    }

    @Test
    void aRetryAfterAPartialSuccessResendsEveryEventWithTheSameKeys() throws Exception {
        try (Receiver pagerDuty = accepting()) {
            pagerDuty.then(
                    new Receiver.Answer(202, "{\"status\":\"success\",\"dedup_key\":\"0123456789abcde2\"}", Map.of()),
                    new Receiver.Answer(500, "", Map.of()));
            PagerDutyNotifier notifier = notifier(pagerDuty);
            Notification notification = notification(
                    new Notice(Notice.FIRED, Samples.firing(12)),
                    new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)));

            assertThatThrownBy(() -> notifier.send(notification))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                            .isTrue());
            String reference = notifier.send(notification);

            List<Receiver.Request> requests = pagerDuty.requests();
            assertThat(requests).hasSize(4);
            assertThat(requests.get(2).body()).isEqualTo(requests.get(0).body());
            assertThat(requests.get(3).body()).isEqualTo(requests.get(1).body());
            assertThat(reference).isEqualTo("0123456789abcde2");
        }
    }

    @Test
    void anAnswerWithoutAKeyLeavesTheKeySent() {
        assertThat(PagerDutyNotifier.dedupKey("", "sent")).isEqualTo("sent");
        assertThat(PagerDutyNotifier.dedupKey("not json", "sent")).isEqualTo("sent");
        assertThat(PagerDutyNotifier.dedupKey("{\"status\":\"success\"}", "sent"))
                .isEqualTo("sent");
        assertThat(PagerDutyNotifier.dedupKey("{\"dedup_key\":\"theirs\"}", "sent"))
                .isEqualTo("theirs");
    }

    @Test
    void theSourceIsConfigurable() throws Exception {
        try (Receiver pagerDuty = accepting()) {
            PagerDutyNotifier notifier = notifier(pagerDuty);
            notifier.source = "line-3.plant.example.com";

            notifier.send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            assertThat(parse(pagerDuty.last().body()).getJsonObject("payload").getString("source"))
                    .isEqualTo("line-3.plant.example.com");
        }
    }

    @Test
    void theRoutingKeyIsASecretAndNeverShown() {
        PagerDutyNotifier notifier = notifier(null);
        notifier.routingKey = Optional.of(ROUTING_KEY);

        assertThat(notifier.name()).isEqualTo("pagerduty");
        assertThat(notifier.enabled()).isTrue();
        assertThat(notifier.settings())
                .containsEntry("routing-key", Secrets.MASK)
                .containsEntry("url", "https://events.pagerduty.com/v2/enqueue")
                .containsEntry("source", "tcps-health-monitor");
        assertThat(notifier.settings().toString()).doesNotContain(ROUTING_KEY);
    }

    @Test
    void withoutARoutingKeyTheChannelIsOff() {
        PagerDutyNotifier notifier = notifier(null);
        notifier.routingKey = Optional.empty();

        assertThat(notifier.enabled()).isFalse();
        assertThat(notifier.settings()).containsEntry("routing-key", "");
        assertThatThrownBy(() -> notifier.send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
        notifier.routingKey = Optional.of(" ");
        assertThat(notifier.enabled()).isFalse();
    }

    @Test
    void everyAlertIsItsOwnIncidentPagedAtOnceAndNeverRepeated() {
        Grouping grouping = notifier(null).defaultGrouping();

        assertThat(grouping.eachAlertAlone()).isTrue();
        assertThat(grouping.groupWait()).isZero();
        assertThat(grouping.groupInterval()).isZero();
        assertThat(grouping.repeatInterval()).isEqualTo(Duration.ZERO);
    }

    private static Receiver accepting() throws Exception {
        Receiver pagerDuty = new Receiver();
        pagerDuty.answer(
                202, "{\"status\":\"success\",\"message\":\"Event processed\",\"dedup_key\":\"0123456789abcde2\"}");
        return pagerDuty;
    }

    private static PagerDutyNotifier notifier(Receiver pagerDuty) {
        PagerDutyNotifier notifier = new PagerDutyNotifier();
        notifier.routingKey = Optional.of(ROUTING_KEY);
        notifier.url = pagerDuty == null ? "https://events.pagerduty.com/v2/enqueue" : pagerDuty.url("/v2/enqueue");
        notifier.source = "tcps-health-monitor";
        notifier.http = new HttpDelivery();
        notifier.http.timeoutMs = 2000;
        return notifier;
    }

    private static Notification notification(Notice... notices) {
        return Samples.notification("pagerduty", notices);
    }

    private static List<JsonObject> events(Receiver pagerDuty) {
        return pagerDuty.requests().stream().map(r -> parse(r.body())).toList();
    }

    /** The sample alert with another fingerprint, summary and threshold. */
    private static AlertFacts variant(AlertFacts a, String fingerprint, String summary, Double threshold) {
        return new AlertFacts(
                a.id(),
                fingerprint,
                a.rule(),
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
                a.annotations(),
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
}
