package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcps.alerting.control.AlertFacts;

/**
 * The Jira channel against the Jira Cloud REST API v3 as documented: basic authentication with the account's email and
 * an API token; {@code POST /rest/api/3/search/jql} {@code {jql, fields, maxResults}} answered
 * {@code {"issues":[{"id","key"}]}}; {@code POST /rest/api/3/issue} {@code {"fields":{project:{key}, issuetype:{name},
 * summary (at most 255 characters), description (Atlassian Document Format), labels (no spaces)}}} answered 201
 * {@code {id, key, self}}; {@code POST /rest/api/3/issue/{key}/comment} {@code {"body": ADF}} answered 201;
 * {@code GET /rest/api/3/issue/{key}/transitions} answered {@code {"transitions":[{id, name, to:{statusCategory:{key}}}]}}
 * and {@code POST} of {@code {"transition":{"id"}}} answered 204. ADF: a {@code doc} of {@code version} 1 whose content
 * is block nodes; {@code paragraph} holds inline nodes, {@code bulletList} holds {@code listItem}s, which hold
 * paragraphs; a {@code text} node has non-empty text and marks such as {@code strong} and {@code link} (with
 * {@code attrs.href}).
 */
class JiraNotifierTest {

    private static final String EMAIL = "tcps-bot@example.com";
    private static final String TOKEN = "ATATT3xFfGF0-tcps-api-token-0123456789";
    private static final String API = "/rest/api/3";
    private static final String NONE = "{\"issues\":[]}";
    private static final String FOUND = "{\"issues\":[{\"id\":\"10007\",\"key\":\"OPS-7\"}]}";
    private static final String CREATED =
            "{\"id\":\"10007\",\"key\":\"OPS-7\",\"self\":\"https://acme.atlassian.net/rest/api/3/issue/10007\"}";
    private static final String COMMENTED = "{\"id\":\"10100\"}";
    private static final String TRANSITIONS = "{\"transitions\":["
            + transition("11", "To Do", "new")
            + "," + transition("21", "In Progress", "indeterminate")
            + "," + transition("31", "Done", "done")
            + "]}";
    private static final Set<String> BLOCKS = Set.of("paragraph", "bulletList");
    private static final Set<String> MARKS = Set.of("strong", "link");

    @Test
    void aFiredAlertIsSearchedByItsLabelThenCreatedAsAnIssue() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, NONE), answer(201, CREATED));

            String reference = notifier(jira).send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            List<Receiver.Request> requests = jira.requests();
            assertThat(requests).hasSize(2);
            Receiver.Request search = requests.get(0);
            assertThat(search.method()).isEqualTo("POST");
            assertThat(search.path()).isEqualTo(API + "/search/jql");
            assertAuthenticatedJson(search);
            JsonObject query = parse(search.body());
            assertThat(query.keySet()).containsExactlyInAnyOrder("jql", "fields", "maxResults");
            assertThat(query.getString("jql"))
                    .isEqualTo(
                            "project = \"OPS\" AND labels = \"tcps-0123456789abcde2-12\" AND statusCategory != Done");
            assertThat(query.getJsonArray("fields").getString(0)).isEqualTo("key");
            assertThat(query.getInt("maxResults")).isEqualTo(1);

            Receiver.Request create = requests.get(1);
            assertThat(create.method()).isEqualTo("POST");
            assertThat(create.path()).isEqualTo(API + "/issue");
            assertAuthenticatedJson(create);
            JsonObject issue = parse(create.body());
            assertThat(issue.keySet()).containsExactly("fields");
            JsonObject fields = issue.getJsonObject("fields");
            assertThat(fields.keySet())
                    .containsExactlyInAnyOrder("project", "issuetype", "summary", "description", "labels");
            assertThat(fields.getJsonObject("project"))
                    .isEqualTo(Json.createObjectBuilder().add("key", "OPS").build());
            assertThat(fields.getJsonObject("issuetype"))
                    .isEqualTo(Json.createObjectBuilder().add("name", "Task").build());
            assertThat(fields.getString("summary"))
                    .isEqualTo("TCPS Health Monitor: WIP limit exceeded in bucket review");
            assertThat(strings(fields.getJsonArray("labels")))
                    .containsExactly("tcps-alert", "tcps-0123456789abcde2-12");
            assertThat(strings(fields.getJsonArray("labels"))).noneMatch(label -> label.contains(" "));

            JsonObject description = fields.getJsonObject("description");
            assertValidAdf(description);
            List<JsonObject> blocks = objects(description.getJsonArray("content"));
            assertThat(blocks)
                    .extracting(b -> b.getString("type"))
                    .containsExactly("paragraph", "paragraph", "bulletList", "paragraph");
            JsonObject headline = blocks.get(0).getJsonArray("content").getJsonObject(0);
            assertThat(headline.getString("text")).isEqualTo("WIP limit exceeded in bucket review");
            assertThat(headline.getJsonArray("marks").getJsonObject(0).getString("type"))
                    .isEqualTo("strong");
            assertThat(text(blocks.get(1))).isEqualTo("Bucket review holds 7 work orders against a limit of 5.");
            assertThat(objects(blocks.get(2).getJsonArray("content")))
                    .extracting(item -> text(item.getJsonArray("content").getJsonObject(0)))
                    .containsExactly(
                            "Rule: WIP Limit Exceeded (wip-limit-exceeded)",
                            "Component: kanban",
                            "Severity: warning",
                            "Value: 7 (threshold 5)",
                            "Since: 2026-12-03T10:00:30Z");
            JsonObject link = blocks.get(3).getJsonArray("content").getJsonObject(0);
            assertThat(link.getString("text")).isEqualTo("Alert #12 in TCPS Health Monitor");
            JsonObject mark = link.getJsonArray("marks").getJsonObject(0);
            assertThat(mark.getString("type")).isEqualTo("link");
            assertThat(mark.getJsonObject("attrs").getString("href"))
                    .isEqualTo("https://tcps.example.com/api/alerts/12");

            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void anOpenIssueForTheAlertIsNotCreatedTwice() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, FOUND));

            String reference = notifier(jira).send(notification(new Notice(Notice.FIRED, Samples.firing(12))));

            assertThat(jira.requests()).extracting(Receiver.Request::path).containsExactly(API + "/search/jql");
            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void aRetryAfterATimedOutCreateFindsTheIssueAndDoesNotCreateAnother() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, NONE), new Receiver.Answer(201, CREATED, Map.of(), 1500), answer(200, FOUND));
            JiraNotifier notifier = notifier(jira);
            notifier.http.timeoutMs = 300;
            Notification notification = notification(new Notice(Notice.FIRED, Samples.firing(12)));

            assertThatThrownBy(() -> notifier.send(notification))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                            .isTrue());
            String reference = notifier.send(notification);

            assertThat(jira.requests())
                    .extracting(Receiver.Request::path)
                    .containsExactly(API + "/search/jql", API + "/issue", API + "/search/jql");
            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void anAcknowledgementIsACommentWithWhoAndWhy() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, FOUND), answer(201, COMMENTED));

            String reference =
                    notifier(jira).send(notification(new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12))));

            List<Receiver.Request> requests = jira.requests();
            assertThat(parse(requests.get(0).body()).getString("jql"))
                    .contains("labels = \"tcps-0123456789abcde2-12\"");
            Receiver.Request comment = requests.get(1);
            assertThat(comment.method()).isEqualTo("POST");
            assertThat(comment.path()).isEqualTo(API + "/issue/OPS-7/comment");
            assertAuthenticatedJson(comment);
            JsonObject body = parse(comment.body());
            assertThat(body.keySet()).containsExactly("body");
            assertValidAdf(body.getJsonObject("body"));
            assertThat(text(body.getJsonObject("body").getJsonArray("content").getJsonObject(0)))
                    .isEqualTo("Acknowledged by ops@example.com: looking into it");
            assertThat(requests).hasSize(2);
            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void aResolveCommentsThenTakesTheConfiguredTransition() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, FOUND), answer(201, COMMENTED), answer(200, TRANSITIONS), answer(204, ""));
            JiraNotifier notifier = notifier(jira);
            notifier.resolveTransition = "done";

            notifier.send(notification(new Notice(Notice.RESOLVED, Samples.resolved(12))));

            List<Receiver.Request> requests = jira.requests();
            assertThat(requests)
                    .extracting(r -> r.method() + " " + r.path())
                    .containsExactly(
                            "POST " + API + "/search/jql",
                            "POST " + API + "/issue/OPS-7/comment",
                            "GET " + API + "/issue/OPS-7/transitions",
                            "POST " + API + "/issue/OPS-7/transitions");
            JsonObject comment = parse(requests.get(1).body()).getJsonObject("body");
            assertValidAdf(comment);
            assertThat(text(comment.getJsonArray("content").getJsonObject(0)))
                    .isEqualTo("Resolved in TCPS Health Monitor at 2026-12-03T10:10:00Z:"
                            + " the condition of rule WIP Limit Exceeded no longer holds.");
            assertThat(requests.get(2).header("Authorization")).isEqualTo(basic());
            assertAuthenticatedJson(requests.get(3));
            assertThat(parse(requests.get(3).body()))
                    .isEqualTo(Json.createObjectBuilder()
                            .add("transition", Json.createObjectBuilder().add("id", "31"))
                            .build());
        }
    }

    @Test
    void withoutATransitionOfTheConfiguredNameOneToADoneStatusIsTaken() {
        JsonArray transitions = parse("{\"transitions\":["
                        + transition("11", "Reopen", "new")
                        + "," + transition("41", "Close as fixed", "done")
                        + "," + transition("51", "Won't do", "done")
                        + "]}")
                .getJsonArray("transitions");

        assertThat(JiraIssues.resolving(transitions, "Done")).isEqualTo("41");
        assertThat(JiraIssues.resolving(transitions, " won't DO ")).isEqualTo("51");
        assertThat(JiraIssues.resolving(parse(TRANSITIONS).getJsonArray("transitions"), "In progress"))
                .isEqualTo("21");
    }

    @Test
    void aWorkflowWithNoWayToDoneLeavesTheIssueOpenWithItsComment() throws Exception {
        try (Receiver jira = new Receiver()) {
            String noDone = "{\"transitions\":[" + transition("21", "In Progress", "indeterminate") + "]}";
            jira.then(answer(200, FOUND), answer(201, COMMENTED), answer(200, noDone));

            String reference = notifier(jira).send(notification(new Notice(Notice.RESOLVED, Samples.resolved(12))));

            assertThat(jira.requests())
                    .extracting(r -> r.method() + " " + r.path())
                    .containsExactly(
                            "POST " + API + "/search/jql",
                            "POST " + API + "/issue/OPS-7/comment",
                            "GET " + API + "/issue/OPS-7/transitions");
            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void withoutAnOpenIssueAcknowledgeAndResolveHaveNothingToUpdate() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.answer(200, NONE);

            String reference = notifier(jira)
                    .send(notification(
                            new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(12)),
                            new Notice(Notice.RESOLVED, Samples.resolved(12))));

            assertThat(jira.requests())
                    .extracting(Receiver.Request::path)
                    .containsExactly(API + "/search/jql", API + "/search/jql");
            assertThat(reference).isNull();
        }
    }

    @Test
    void aRepeatIsACommentOnTheOpenIssueOrCreatesOneWhenThereIsNone() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, FOUND), answer(201, COMMENTED));

            notifier(jira).send(notification(new Notice(Notice.REPEAT, Samples.firing(12))));

            assertThat(jira.last().path()).isEqualTo(API + "/issue/OPS-7/comment");
            JsonObject comment = parse(jira.last().body()).getJsonObject("body");
            assertValidAdf(comment);
            assertThat(text(comment.getJsonArray("content").getJsonObject(0)))
                    .isEqualTo("Still firing at 7 (threshold 5) since 2026-12-03T10:00:30Z.");
        }
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, NONE), answer(201, CREATED));

            notifier(jira).send(notification(new Notice(Notice.REPEAT, Samples.firing(12))));

            assertThat(jira.requests())
                    .extracting(Receiver.Request::path)
                    .containsExactly(API + "/search/jql", API + "/issue");
        }
    }

    @Test
    void aTestCreatesAnIssueAndMovesItToDone() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, NONE), answer(201, CREATED), answer(200, TRANSITIONS), answer(204, ""));

            String reference = notifier(jira).send(notification(new Notice(Notice.TEST, Samples.firing(1))));

            List<Receiver.Request> requests = jira.requests();
            assertThat(requests)
                    .extracting(r -> r.method() + " " + r.path())
                    .containsExactly(
                            "POST " + API + "/search/jql",
                            "POST " + API + "/issue",
                            "GET " + API + "/issue/OPS-7/transitions",
                            "POST " + API + "/issue/OPS-7/transitions");
            assertThat(parse(requests.get(0).body()).getString("jql"))
                    .isEqualTo("project = \"OPS\" AND labels = \"tcps-test-42\" AND statusCategory != Done");
            JsonObject fields = parse(requests.get(1).body()).getJsonObject("fields");
            assertThat(fields.getString("summary")).isEqualTo("TCPS Health Monitor: test notification");
            assertThat(strings(fields.getJsonArray("labels"))).containsExactly("tcps-alert", "tcps-test-42");
            assertValidAdf(fields.getJsonObject("description"));
            assertThat(parse(requests.get(3).body()).getJsonObject("transition").getString("id"))
                    .isEqualTo("31");
            assertThat(reference).isEqualTo("OPS-7");
        }
    }

    @Test
    void aLongSummaryIsCutAndConfiguredLabelsLoseTheirSpaces() {
        AlertFacts verbose = summary(Samples.firing(12), "s".repeat(400));
        JiraIssues.Filing filing = new JiraIssues.Filing("OPS", "Bug", List.of("tcps-alert", "line 3", " "));

        JsonObject fields = JiraIssues.create(verbose, Samples.LINKS, filing).getJsonObject("fields");

        assertThat(fields.getString("summary")).hasSize(JiraIssues.MAX_SUMMARY).endsWith("…");
        assertThat(fields.getJsonObject("issuetype").getString("name")).isEqualTo("Bug");
        assertThat(strings(fields.getJsonArray("labels")))
                .containsExactly("tcps-alert", "line-3", "tcps-0123456789abcde2-12");
        assertValidAdf(fields.getJsonObject("description"));
    }

    @Test
    void jqlLiteralsAreQuoted() {
        assertThat(JiraIssues.openIssue("O\"PS", "tcps-a-1"))
                .isEqualTo("project = \"O\\\"PS\" AND labels = \"tcps-a-1\" AND statusCategory != Done");
    }

    @Test
    void badRequestsRefusedCredentialsAndUnknownIssuesAreNotRetried() throws Exception {
        for (int status : List.of(400, 401, 403, 404)) {
            try (Receiver jira = new Receiver()) {
                jira.answer(
                        status, "{\"errorMessages\":[\"The value 'OPS' does not exist for the field 'project'.\"]}");

                assertThatThrownBy(
                                () -> notifier(jira).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                        .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                            assertThat(f.retryable()).as("HTTP %d", status).isFalse();
                            assertThat(f.getMessage()).contains(String.valueOf(status));
                        });
            }
        }
    }

    @Test
    void throttlingAndServerErrorsAreRetriedAfterTheWaitAskedFor() throws Exception {
        try (Receiver jira = new Receiver()) {
            jira.then(answer(200, NONE), new Receiver.Answer(429, "", Map.of("Retry-After", "12")));

            assertThatThrownBy(() -> notifier(jira).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                    .isInstanceOfSatisfying(DeliveryFailure.class, f -> {
                        assertThat(f.retryable()).isTrue();
                        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(12));
                    });
        }
        for (int status : List.of(500, 502, 503)) {
            try (Receiver jira = new Receiver()) {
                jira.answer(status, "");

                assertThatThrownBy(
                                () -> notifier(jira).send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                        .isInstanceOfSatisfying(DeliveryFailure.class, f -> assertThat(f.retryable())
                                .as("HTTP %d", status)
                                .isTrue());
            }
        }
    }

    @Test
    void theApiTokenIsNeverShown() {
        JiraNotifier notifier = notifier(null);

        assertThat(notifier.name()).isEqualTo("jira");
        assertThat(notifier.enabled()).isTrue();
        assertThat(notifier.settings())
                .containsEntry("url", "https://acme.atlassian.net")
                .containsEntry("email", EMAIL)
                .containsEntry("api-token", Secrets.MASK)
                .containsEntry("project", "OPS")
                .containsEntry("issue-type", "Task")
                .containsEntry("resolve-transition", "Done")
                .containsEntry("labels", "tcps-alert");
        assertThat(notifier.settings().toString()).doesNotContain(TOKEN);
    }

    @Test
    void withoutUrlEmailTokenOrProjectTheChannelIsOff() {
        JiraNotifier noUrl = notifier(null);
        noUrl.url = Optional.empty();
        JiraNotifier noEmail = notifier(null);
        noEmail.email = Optional.of(" ");
        JiraNotifier noToken = notifier(null);
        noToken.apiToken = Optional.empty();
        JiraNotifier noProject = notifier(null);
        noProject.project = Optional.empty();

        assertThat(List.of(noUrl, noEmail, noToken, noProject)).noneMatch(JiraNotifier::enabled);
        assertThat(noToken.settings()).containsEntry("api-token", "");
        assertThatThrownBy(() -> noProject.send(notification(new Notice(Notice.FIRED, Samples.firing(12)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
    }

    @Test
    void everyAlertIsItsOwnIssueCreatedAtOnceAndCommentedDailyWhileItFires() {
        Grouping grouping = notifier(null).defaultGrouping();

        assertThat(grouping.eachAlertAlone()).isTrue();
        assertThat(grouping.groupWait()).isZero();
        assertThat(grouping.groupInterval()).isZero();
        assertThat(grouping.repeatInterval()).isEqualTo(Duration.ofHours(24));
    }

    /** A doc of version 1 whose blocks, lists, list items and text nodes are of the documented shapes. */
    private static void assertValidAdf(JsonObject doc) {
        assertThat(doc.getString("type")).isEqualTo("doc");
        assertThat(doc.getInt("version")).isEqualTo(1);
        assertThat(doc.keySet()).containsExactlyInAnyOrder("type", "version", "content");
        assertThat(doc.getJsonArray("content")).isNotEmpty();
        for (JsonObject block : objects(doc.getJsonArray("content"))) {
            assertThat(BLOCKS).contains(block.getString("type"));
            if (block.getString("type").equals("bulletList")) {
                assertThat(block.getJsonArray("content")).isNotEmpty();
                for (JsonObject item : objects(block.getJsonArray("content"))) {
                    assertThat(item.getString("type")).isEqualTo("listItem");
                    assertThat(objects(item.getJsonArray("content")))
                            .isNotEmpty()
                            .allSatisfy(JiraNotifierTest::assertValidParagraph);
                }
            } else {
                assertValidParagraph(block);
            }
        }
    }

    private static void assertValidParagraph(JsonObject paragraph) {
        assertThat(paragraph.getString("type")).isEqualTo("paragraph");
        assertThat(paragraph.keySet()).containsExactlyInAnyOrder("type", "content");
        for (JsonObject text : objects(paragraph.getJsonArray("content"))) {
            assertThat(text.getString("type")).isEqualTo("text");
            assertThat(text.getString("text")).isNotEmpty();
            if (text.containsKey("marks")) {
                for (JsonObject mark : objects(text.getJsonArray("marks"))) {
                    assertThat(MARKS).contains(mark.getString("type"));
                    if (mark.getString("type").equals("link")) {
                        assertThat(mark.getJsonObject("attrs").getString("href"))
                                .startsWith("https://");
                    }
                }
            }
        }
    }

    private static void assertAuthenticatedJson(Receiver.Request request) {
        assertThat(request.header("Authorization")).isEqualTo(basic());
        assertThat(request.header("Accept")).isEqualTo("application/json");
        assertThat(request.header("Content-Type")).isEqualTo("application/json");
    }

    /** The text of a paragraph, its text nodes joined. */
    private static String text(JsonObject paragraph) {
        StringBuilder text = new StringBuilder();
        objects(paragraph.getJsonArray("content")).forEach(node -> text.append(node.getString("text")));
        return text.toString();
    }

    private static JiraNotifier notifier(Receiver jira) {
        JiraNotifier notifier = new JiraNotifier();
        notifier.url = Optional.of(jira == null ? "https://acme.atlassian.net" : jira.url(""));
        notifier.email = Optional.of(EMAIL);
        notifier.apiToken = Optional.of(TOKEN);
        notifier.project = Optional.of("OPS");
        notifier.issueType = "Task";
        notifier.resolveTransition = "Done";
        notifier.labels = "tcps-alert";
        notifier.http = new HttpDelivery();
        notifier.http.timeoutMs = 2000;
        return notifier;
    }

    private static Notification notification(Notice... notices) {
        return Samples.notification("jira", notices);
    }

    private static Receiver.Answer answer(int status, String body) {
        return new Receiver.Answer(status, body, Map.of());
    }

    private static String transition(String id, String name, String category) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"to\":{\"name\":\"" + name
                + "\",\"statusCategory\":{\"key\":\"" + category + "\"}}}";
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((EMAIL + ":" + TOKEN).getBytes(StandardCharsets.UTF_8));
    }

    private static List<JsonObject> objects(JsonArray array) {
        List<JsonObject> objects = new ArrayList<>();
        for (JsonValue value : array) {
            assertThat(value).isInstanceOf(JsonObject.class);
            objects.add(value.asJsonObject());
        }
        return objects;
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .toList();
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

    private static JsonObject parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }
}
