package tcps.notifications.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import tcps.alerting.control.AlertFacts;

/**
 * The bodies the Jira Cloud REST API v3 takes from the Jira channel: the JQL search that finds an alert's open issue,
 * a new issue (summary, an ADF description, labels), a comment, a transition. No priority: priority schemes differ
 * from project to project, and a value the project lacks fails the whole create.
 */
final class JiraIssues {

    /** Jira's length of an issue's summary. */
    static final int MAX_SUMMARY = 255;

    /** Where the issues go: the project's key, the issue type's name, and the labels every issue carries. */
    record Filing(String project, String issueType, List<String> labels) {}

    private JiraIssues() {}

    /** The open issue (status category not Done) of the project that carries the alert's label. */
    static String openIssue(String project, String label) {
        return "project = " + quoted(project) + " AND labels = " + quoted(label) + " AND statusCategory != Done";
    }

    /** {@code POST /rest/api/3/search/jql}: the key of the first match is all the channel needs. */
    static JsonObject search(String jql) {
        return Json.createObjectBuilder()
                .add("jql", jql)
                .add("fields", Json.createArrayBuilder().add("key"))
                .add("maxResults", 1)
                .build();
    }

    static JsonObject create(AlertFacts alert, Notification.Links links, Filing filing) {
        List<JsonObject> blocks = new ArrayList<>();
        blocks.add(Adf.paragraph(List.of(Adf.strong(TicketText.summary(alert)))));
        String description = TicketText.description(alert);
        if (description != null) {
            blocks.add(Adf.paragraph(List.of(Adf.text(description))));
        }
        blocks.add(Adf.bulletList(TicketText.facts(alert).stream()
                .map(fact -> List.of(Adf.strong(fact.name() + ": "), Adf.text(fact.value())))
                .toList()));
        blocks.add(Adf.paragraph(List.of(Adf.link(TicketText.alertLinkText(alert), links.alert(alert.id())))));
        return issue(filing, TicketText.title(alert), Adf.doc(blocks), TicketText.key(alert));
    }

    static JsonObject createTest(Notification notification, Filing filing) {
        JsonObject description = Adf.doc(List.of(
                Adf.paragraph(List.of(Adf.text(TicketText.testDescription()))),
                Adf.paragraph(List.of(
                        Adf.link(TicketText.PRODUCT, notification.links().dashboard())))));
        return issue(filing, TicketText.TEST_TITLE, description, TicketText.testKey(notification));
    }

    /** {@code POST /rest/api/3/issue/{key}/comment}: the comment's body is a document of its own. */
    static JsonObject comment(String text) {
        return Json.createObjectBuilder().add("body", Adf.doc(text)).build();
    }

    static JsonObject transition(String id) {
        return Json.createObjectBuilder()
                .add("transition", Json.createObjectBuilder().add("id", id))
                .build();
    }

    /**
     * The transition that resolves an issue: the one named as configured (any case), else the first that leads to a
     * status of the Done category; null when the workflow offers neither from the issue's status.
     */
    static String resolving(JsonArray transitions, String name) {
        List<JsonObject> offered = transitions.stream()
                .filter(JsonObject.class::isInstance)
                .map(JsonObject.class::cast)
                .filter(t -> !id(t).isEmpty())
                .toList();
        return offered.stream()
                .filter(t -> t.getString("name", "").equalsIgnoreCase(name.trim()))
                .findFirst()
                .or(() -> offered.stream().filter(JiraIssues::leadsToDone).findFirst())
                .map(JiraIssues::id)
                .orElse(null);
    }

    /** A label as Jira takes it: no spaces (whitespace becomes '-'). */
    static String label(String text) {
        return text.trim().replaceAll("\\s+", "-");
    }

    private static JsonObject issue(Filing filing, String summary, JsonObject description, String alertLabel) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        filing.labels().stream()
                .map(JiraIssues::label)
                .filter(label -> !label.isEmpty() && !label.equals(alertLabel))
                .distinct()
                .forEach(labels::add);
        labels.add(alertLabel);
        return Json.createObjectBuilder()
                .add(
                        "fields",
                        Json.createObjectBuilder()
                                .add("project", Json.createObjectBuilder().add("key", filing.project()))
                                .add("issuetype", Json.createObjectBuilder().add("name", filing.issueType()))
                                .add("summary", TicketText.cut(summary, MAX_SUMMARY))
                                .add("description", description)
                                .add("labels", labels))
                .build();
    }

    private static boolean leadsToDone(JsonObject transition) {
        JsonValue to = transition.get("to");
        if (!(to instanceof JsonObject status) || !(status.get("statusCategory") instanceof JsonObject category)) {
            return false;
        }
        return "done".equals(category.getString("key", ""));
    }

    /** Jira writes a transition's id as a string; a number is taken too. */
    private static String id(JsonObject transition) {
        JsonValue id = transition.get("id");
        if (id instanceof JsonString text) {
            return text.getString();
        }
        return id instanceof JsonNumber number ? number.toString() : "";
    }

    /** A JQL string literal: quotes and backslashes escaped. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
