package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tcps.alerting.control.AlertFacts;

/**
 * The ServiceNow channel against the Table API as documented: {@code GET /api/now/table/incident} with
 * {@code sysparm_query} (an encoded query, {@code ^} joining conditions), {@code sysparm_fields} and
 * {@code sysparm_limit}, answered 200 {@code {"result":[...]}}; {@code POST /api/now/table/incident} answered 201
 * {@code {"result":{...}}}; {@code PATCH /api/now/table/incident/{sys_id}} answered 200; basic authentication,
 * {@code Accept: application/json}. Incident fields: {@code short_description} (160 characters on the task table),
 * {@code description}, {@code urgency} and {@code impact} 1 (High) | 2 (Medium) | 3 (Low), {@code correlation_id},
 * {@code correlation_display}, {@code assignment_group}, {@code caller_id}, {@code category}; {@code state} 2 (In
 * Progress) | 6 (Resolved), with {@code close_code} (a choice such as "Resolved by caller") and {@code close_notes}
 * mandatory on resolve; {@code work_notes} adds a work note.
 */
class ServiceNowNotifierTest {

    private static final String USER = "tcps.integration";
    private static final String PASSWORD = "S3cr3t-Pa55word!";
    private static final String SYS_ID = "9d385017c611228701d22104cc95c371";
    private static final String TABLE = "/api/now/table/incident";
    private static final String FIELDS = "sysparm_fields=sys_id,number,state&sysparm_limit=1";
    private static final String NONE = "{\"result\":[]}";
    private static final String CREATED =
            "{\"result\":{\"sys_id\":\"" + SYS_ID + "\",\"number\":\"INC0010001\",\"state\":\"1\"}}";

    @Test
    void aFiredAlertIsLookedUpByItsKeyThenOpenedAsAnIncident() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, NONE), answer(201, CREATED));

            String reference = notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            List<Receiver.Request> requests = serviceNow.requests();
            assertThat(requests).hasSize(2);
            Receiver.Request find = requests.get(0);
            assertThat(find.method()).isEqualTo("GET");
            assertThat(find.path()).isEqualTo(TABLE);
            assertThat(find.query())
                    .isEqualTo("sysparm_query=correlation_id%3Dtcps-0123456789abcde2-12%5Eactive%3Dtrue&" + FIELDS);
            assertThat(query(find).get("sysparm_query"))
                    .isEqualTo("correlation_id=tcps-0123456789abcde2-12^active=true");
            assertThat(find.header("Accept")).isEqualTo("application/json");
            assertThat(find.header("Authorization")).isEqualTo(basic(USER + ":" + PASSWORD));

            Receiver.Request create = requests.get(1);
            assertThat(create.method()).isEqualTo("POST");
            assertThat(create.path()).isEqualTo(TABLE);
            assertThat(create.query()).isNull();
            assertThat(create.header("Content-Type")).isEqualTo("application/json");
            assertThat(create.header("Accept")).isEqualTo("application/json");
            assertThat(create.header("Authorization")).isEqualTo(basic(USER + ":" + PASSWORD));
            JsonObject incident = parse(create.body());
            assertThat(incident.keySet())
                    .containsExactlyInAnyOrder(
                            "short_description",
                            "description",
                            "urgency",
                            "impact",
                            "correlation_id",
                            "correlation_display",
                            "assignment_group",
                            "caller_id",
                            "category");
            assertThat(incident.getString("short_description"))
                    .isEqualTo("TCPS Health Monitor: WIP limit exceeded in bucket review");
            assertThat(incident.getString("description"))
                    .isEqualTo("WIP limit exceeded in bucket review\n"
                            + "Bucket review holds 7 work orders against a limit of 5.\n"
                            + "\n"
                            + "Rule: WIP Limit Exceeded (wip-limit-exceeded)\n"
                            + "Component: kanban\n"
                            + "Severity: warning\n"
                            + "Value: 7 (threshold 5)\n"
                            + "Since: 2026-12-03T10:00:30Z\n"
                            + "Alert: https://tcps.example.com/api/alerts/12");
            assertThat(incident.getString("urgency")).isEqualTo("2");
            assertThat(incident.getString("impact")).isEqualTo("2");
            assertThat(incident.getString("correlation_id")).isEqualTo("tcps-0123456789abcde2-12");
            assertThat(incident.getString("correlation_display")).isEqualTo("TCPS Health Monitor");
            assertThat(incident.getString("assignment_group")).isEqualTo("Production Line Support");
            assertThat(incident.getString("caller_id")).isEqualTo("tcps.monitor");
            assertThat(incident.getString("category")).isEqualTo("software");

            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void anIncidentAlreadyOpenForTheAlertIsNotCreatedTwice() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("2")));

            String reference = notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            assertThat(serviceNow.requests())
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET");
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void aRetryAfterATimedOutCreateFindsTheIncidentAndDoesNotCreateAnother() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(
                    answer(200, NONE), new Receiver.Answer(201, CREATED, Map.of(), 1500), answer(200, found("1")));
            ServiceNowNotifier notifier = notifier(serviceNow);
            notifier.http.timeoutMs = 300;
            Notification notification = notification(new Notice(Notice.FIRED, Samples.firing(12)));

            assertThatThrownBy(() -> notifier.send(notification))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                            .isTrue());
            String reference = notifier.send(notification);

            assertThat(serviceNow.requests())
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET", "POST", "GET");
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void aRepeatAddsAWorkNoteToTheOpenIncident() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("2")), answer(200, CREATED));

            notifier(serviceNow).send(notification(new Notice(Notice.REPEAT, Samples.firing(12))));

            Receiver.Request patch = serviceNow.requests().get(1);
            assertThat(patch.method()).isEqualTo("PATCH");
            assertThat(patch.path()).isEqualTo(TABLE + "/" + SYS_ID);
            assertThat(patch.header("Content-Type")).isEqualTo("application/json");
            assertThat(patch.header("Authorization")).isEqualTo(basic(USER + ":" + PASSWORD));
            JsonObject changes = parse(patch.body());
            assertThat(changes.keySet()).containsExactly("work_notes");
            assertThat(changes.getString("work_notes"))
                    .isEqualTo("Still firing at 7 (threshold 5) since 2026-12-03T10:00:30Z.");
        }
    }

    @Test
    void aRepeatWithoutAnOpenIncidentOpensOne() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, NONE), answer(201, CREATED));

            notifier(serviceNow).send(notification(new Notice(Notice.REPEAT, Samples.firing(12))));

            assertThat(serviceNow.requests())
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET", "POST");
            assertThat(parse(serviceNow.last().body()).getString("correlation_id"))
                    .isEqualTo("tcps-0123456789abcde2-12");
        }
    }

    @Test
    void anAcknowledgementSetsTheIncidentInProgressWithWhoAndWhy() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("1")), answer(200, CREATED));

            String reference =
                    notifier(serviceNow).send(notification(new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12))));

            List<Receiver.Request> requests = serviceNow.requests();
            assertThat(requests).extracting(Receiver.Request::method).containsExactly("GET", "PATCH");
            assertThat(query(requests.get(0)).get("sysparm_query"))
                    .isEqualTo("correlation_id=tcps-0123456789abcde2-12^active=true");
            assertThat(requests.get(1).path()).isEqualTo(TABLE + "/" + SYS_ID);
            JsonObject changes = parse(requests.get(1).body());
            assertThat(changes.keySet()).containsExactlyInAnyOrder("state", "work_notes");
            assertThat(changes.getString("state")).isEqualTo("2");
            assertThat(changes.getString("work_notes")).isEqualTo("Acknowledged by ops@example.com: looking into it");
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void aResolveResolvesTheIncidentWithACloseCodeAndNotes() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("2")), answer(200, CREATED));

            notifier(serviceNow).send(notification(new Notice(Notice.RESOLVED, Samples.resolved(12))));

            Receiver.Request patch = serviceNow.last();
            assertThat(patch.method()).isEqualTo("PATCH");
            assertThat(patch.path()).isEqualTo(TABLE + "/" + SYS_ID);
            JsonObject changes = parse(patch.body());
            assertThat(changes.keySet()).containsExactlyInAnyOrder("state", "close_code", "close_notes", "work_notes");
            assertThat(changes.getString("state")).isEqualTo("6");
            assertThat(changes.getString("close_code")).isEqualTo("Resolved by caller");
            assertThat(changes.getString("close_notes"))
                    .isEqualTo("Resolved in TCPS Health Monitor at 2026-12-03T10:10:00Z:"
                            + " the condition of rule WIP Limit Exceeded no longer holds.");
            assertThat(changes.getString("work_notes")).isEqualTo(changes.getString("close_notes"));
        }
    }

    @Test
    void aResolveByAPersonSaysWhoAndTheCloseCodeIsConfigurable() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("2")), answer(200, CREATED));
            ServiceNowNotifier notifier = notifier(serviceNow);
            notifier.closeCode = "Solution provided";
            AlertFacts byHand = resolvedBy(Samples.resolved(12), "ops@example.com");

            notifier.send(notification(new Notice(Notice.RESOLVED, byHand)));

            JsonObject changes = parse(serviceNow.last().body());
            assertThat(changes.getString("close_code")).isEqualTo("Solution provided");
            assertThat(changes.getString("close_notes"))
                    .isEqualTo("Resolved by ops@example.com in TCPS Health Monitor at 2026-12-03T10:10:00Z.");
        }
    }

    @Test
    void withoutAnActiveIncidentAcknowledgeAndResolveHaveNothingToUpdate() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.answer(200, NONE);

            String reference = notifier(serviceNow)
                    .send(notification(
                            new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)),
                            new Notice(Notice.RESOLVED, Samples.resolved(12))));

            assertThat(serviceNow.requests())
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET", "GET");
            assertThat(reference).isNull();
        }
    }

    @Test
    void aResolvedIncidentIsNeitherReopenedByAnAcknowledgementNorResolvedTwice() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.answer(200, found("6"));

            String reference = notifier(serviceNow)
                    .send(notification(
                            new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)),
                            new Notice(Notice.RESOLVED, Samples.resolved(12))));

            assertThat(serviceNow.requests())
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET", "GET");
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void firingAcknowledgingAndResolvingInOneNotificationWalkTheIncidentThroughItsStates() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(
                    answer(200, NONE),
                    answer(201, CREATED),
                    answer(200, found("1")),
                    answer(200, CREATED),
                    answer(200, found("2")),
                    answer(200, CREATED));

            String reference = notifier(serviceNow)
                    .send(notification(
                            new Notice(Notice.FIRED, Samples.firing(12)),
                            new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)),
                            new Notice(Notice.RESOLVED, Samples.resolved(12))));

            List<Receiver.Request> requests = serviceNow.requests();
            assertThat(requests)
                    .extracting(Receiver.Request::method)
                    .containsExactly("GET", "POST", "GET", "PATCH", "GET", "PATCH");
            assertThat(parse(requests.get(3).body()).getString("state")).isEqualTo("2");
            assertThat(parse(requests.get(5).body()).getString("state")).isEqualTo("6");
            assertThat(requests)
                    .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo(basic(USER + ":" + PASSWORD)));
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void severityMapsOntoUrgencyAndImpact() throws Exception {
        assertThat(ServiceNowIncidents.level("critical")).isEqualTo("1");
        assertThat(ServiceNowIncidents.level("warning")).isEqualTo("2");
        assertThat(ServiceNowIncidents.level("info")).isEqualTo("3");
        assertThat(ServiceNowIncidents.level("page")).isEqualTo("3");
        assertThat(ServiceNowIncidents.level(null)).isEqualTo("3");

        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, NONE), answer(201, CREATED));

            notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.critical(21))));

            JsonObject incident = parse(serviceNow.last().body());
            assertThat(incident.getString("urgency")).isEqualTo("1");
            assertThat(incident.getString("impact")).isEqualTo("1");
            assertThat(incident.getString("correlation_id")).isEqualTo("tcps-0123456789abcde1-21");
            assertThat(incident.getString("description"))
                    .startsWith("Critical Andon open for 45 minutes\n\nRule: Critical Andon Open Too Long")
                    .contains("Value: 2700 (threshold 1800)");
        }
    }

    @Test
    void aLongSummaryIsCutToTheShortDescriptionsLength() {
        AlertFacts verbose = summary(Samples.firing(12), "s".repeat(300));

        JsonObject incident = ServiceNowIncidents.create(verbose, Samples.LINKS, filing());

        assertThat(incident.getString("short_description"))
                .hasSize(ServiceNowIncidents.MAX_SHORT_DESCRIPTION)
                .startsWith("TCPS Health Monitor: sss")
                .endsWith("…");
        assertThat(incident.getString("description")).startsWith("s".repeat(300));
        AlertFacts huge = summary(Samples.firing(12), "d".repeat(5000));
        assertThat(ServiceNowIncidents.create(huge, Samples.LINKS, filing()).getString("description"))
                .hasSize(ServiceNowIncidents.MAX_DESCRIPTION);
    }

    @Test
    void unsetFilingFieldsAreLeftToTheInstance() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, NONE), answer(201, CREATED));
            ServiceNowNotifier notifier = notifier(serviceNow);
            notifier.assignmentGroup = Optional.empty();
            notifier.caller = Optional.of(" ");
            notifier.category = "";

            notifier.send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            assertThat(parse(serviceNow.last().body()))
                    .doesNotContainKeys("assignment_group", "caller_id", "category")
                    .containsKeys("short_description", "urgency", "impact", "correlation_id");
        }
    }

    @Test
    void aTestOpensAnIncidentAndResolvesItAtOnce() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, NONE), answer(201, CREATED), answer(200, CREATED));

            String reference = notifier(serviceNow).send(notification(new Notice(Notice.TEST, Samples.firing(1))));

            List<Receiver.Request> requests = serviceNow.requests();
            assertThat(requests).extracting(Receiver.Request::method).containsExactly("GET", "POST", "PATCH");
            assertThat(query(requests.get(0)).get("sysparm_query"))
                    .isEqualTo("correlation_id=tcps-test-42^active=true");
            JsonObject incident = parse(requests.get(1).body());
            assertThat(incident.getString("short_description")).isEqualTo("TCPS Health Monitor: test notification");
            assertThat(incident.getString("correlation_id")).isEqualTo("tcps-test-42");
            assertThat(incident.getString("urgency")).isEqualTo("3");
            assertThat(incident.getString("impact")).isEqualTo("3");
            assertThat(incident.getString("description")).contains("no alert is firing", "https://tcps.example.com/");
            assertThat(requests.get(2).path()).isEqualTo(TABLE + "/" + SYS_ID);
            JsonObject resolve = parse(requests.get(2).body());
            assertThat(resolve.getString("state")).isEqualTo("6");
            assertThat(resolve.getString("close_code")).isEqualTo("Resolved by caller");
            assertThat(resolve.getString("close_notes")).isNotBlank();
            assertThat(reference).isEqualTo("INC0010001");
        }
    }

    @Test
    void badRequestsAndRefusedCredentialsAreNotRetried() throws Exception {
        for (int status : List.of(400, 401, 403)) {
            try (Receiver serviceNow = new Receiver()) {
                serviceNow.answer(
                        status, "{\"error\":{\"message\":\"User Not Authenticated\"},\"status\":\"failure\"}");

                assertThatThrownBy(() ->
                                notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                        .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                            assertThat(f.retryable()).as("HTTP %d", status).isFalse();
                            assertThat(f.getMessage()).contains(String.valueOf(status));
                        });
            }
        }
    }

    @Test
    void throttlingAndServerErrorsAreRetriedAfterTheWaitAskedFor() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.answer(429, "{\"error\":{\"message\":\"Rate limit exceeded\"}}");
            serviceNow.then(new Receiver.Answer(429, "", Map.of("Retry-After", "30")));

            assertThatThrownBy(
                            () -> notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                        assertThat(f.retryable()).isTrue();
                        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(30));
                    });
        }
        for (int status : List.of(500, 502, 503)) {
            try (Receiver serviceNow = new Receiver()) {
                serviceNow.then(answer(200, NONE), answer(status, ""));

                assertThatThrownBy(() ->
                                notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                        .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                                .as("HTTP %d", status)
                                .isTrue());
            }
        }
    }

    @Test
    void aPageInsteadOfJsonIsRetried() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.answer(200, "<html><body>Your instance is hibernating</body></html>");

            assertThatThrownBy(
                            () -> notifier(serviceNow).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                            .isTrue());
            assertThat(serviceNow.requests()).hasSize(1);
        }
    }

    @Test
    void aTrailingSlashInTheInstanceUrlIsIgnored() throws Exception {
        try (Receiver serviceNow = new Receiver()) {
            serviceNow.then(answer(200, found("1")));
            ServiceNowNotifier notifier = notifier(serviceNow);
            notifier.url = Optional.of(serviceNow.url("/") + "/");

            notifier.send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            assertThat(serviceNow.last().path()).isEqualTo(TABLE);
        }
    }

    @Test
    void thePasswordIsNeverShown() {
        ServiceNowNotifier notifier = notifier(null);

        assertThat(notifier.name()).isEqualTo("servicenow");
        assertThat(notifier.enabled()).isTrue();
        assertThat(notifier.settings())
                .containsEntry("url", "https://acme.service-now.com")
                .containsEntry("username", USER)
                .containsEntry("password", Secrets.MASK)
                .containsEntry("assignment-group", "Production Line Support")
                .containsEntry("caller", "tcps.monitor")
                .containsEntry("category", "software")
                .containsEntry("close-code", "Resolved by caller");
        assertThat(notifier.settings().toString()).doesNotContain(PASSWORD);
    }

    @Test
    void withoutUrlOrCredentialsTheChannelIsOff() {
        ServiceNowNotifier noUrl = notifier(null);
        noUrl.url = Optional.empty();
        ServiceNowNotifier noUser = notifier(null);
        noUser.username = Optional.of("  ");
        ServiceNowNotifier noPassword = notifier(null);
        noPassword.password = Optional.empty();

        assertThat(List.of(noUrl, noUser, noPassword)).noneMatch(ServiceNowNotifier::enabled);
        assertThat(noPassword.settings()).containsEntry("password", "");
        assertThatThrownBy(() -> noUrl.send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
    }

    @Test
    void everyAlertIsItsOwnIncidentOpenedAtOnceAndNotedDailyWhileItFires() {
        Grouping grouping = notifier(null).defaultGrouping();

        assertThat(grouping.eachAlertAlone()).isTrue();
        assertThat(grouping.groupWait()).isZero();
        assertThat(grouping.groupInterval()).isZero();
        assertThat(grouping.repeatInterval()).isEqualTo(Duration.ofHours(24));
    }

    private static ServiceNowNotifier notifier(Receiver serviceNow) {
        ServiceNowNotifier notifier = new ServiceNowNotifier();
        notifier.url = Optional.of(serviceNow == null ? "https://acme.service-now.com" : serviceNow.url(""));
        notifier.username = Optional.of(USER);
        notifier.password = Optional.of(PASSWORD);
        notifier.assignmentGroup = Optional.of("Production Line Support");
        notifier.caller = Optional.of("tcps.monitor");
        notifier.category = "software";
        notifier.closeCode = "Resolved by caller";
        notifier.http = new HttpDelivery();
        notifier.http.timeoutMs = 2000;
        return notifier;
    }

    private static ServiceNowIncidents.Filing filing() {
        return new ServiceNowIncidents.Filing(null, null, "software", "Resolved by caller");
    }

    private static Notification notification(Notice... notices) {
        return Samples.notification("servicenow", notices);
    }

    private static Receiver.Answer answer(int status, String body) {
        return new Receiver.Answer(status, body, Map.of());
    }

    private static String found(String state) {
        return "{\"result\":[{\"sys_id\":\"" + SYS_ID + "\",\"number\":\"INC0010001\",\"state\":\"" + state + "\"}]}";
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> query(Receiver.Request request) {
        return Arrays.stream(request.query().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(
                        p -> p[0],
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8),
                        (a, b) -> b,
                        LinkedHashMap::new));
    }

    private static AlertFacts summary(AlertFacts a, String summary) {
        return new AlertFacts(
                a.id(),
                a.fingerprint(),
                a.rule(),
                a.ruleId(),
                a.severity(),
                a.component(),
                summary,
                a.state(),
                a.origin(),
                a.value(),
                a.threshold(),
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

    private static AlertFacts resolvedBy(AlertFacts a, String by) {
        return new AlertFacts(
                a.id(),
                a.fingerprint(),
                a.rule(),
                a.ruleId(),
                a.severity(),
                a.component(),
                a.message(),
                a.state(),
                a.origin(),
                a.value(),
                a.threshold(),
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
                a.resolvedAt(),
                by,
                null);
    }

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
