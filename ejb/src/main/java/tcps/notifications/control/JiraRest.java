package tcps.notifications.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The calls the Jira channel makes on the Jira Cloud REST API v3, with basic authentication (account email and API
 * token) and JSON both ways: search by JQL, create an issue, comment on it, read and take its transitions.
 */
final class JiraRest {

    private static final String API = "/rest/api/3";
    private static final String SERVICE = "Jira";

    private final HttpDelivery http;
    private final String base;
    private final String authorization;

    JiraRest(HttpDelivery http, String url, String email, String apiToken) {
        this.http = http;
        this.base = url.trim().replaceAll("/+$", "");
        String credentials = email + ":" + apiToken;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code POST /rest/api/3/search/jql}: the key of the first issue found, or null. */
    String find(String jql) throws DeliveryFailure {
        JsonObject answer = JsonAnswer.of(post("/search/jql", JiraIssues.search(jql)), SERVICE);
        if (!(answer.get("issues") instanceof JsonArray issues)) {
            throw DeliveryFailure.transientFailure("Jira answered the search without an issue list");
        }
        return issues.isEmpty() ? null : key(issues.get(0));
    }

    /** {@code POST /rest/api/3/issue}: answered 201 {@code {id, key, self}}. */
    String create(JsonObject issue) throws DeliveryFailure {
        return key(JsonAnswer.of(post("/issue", issue), SERVICE));
    }

    /** {@code POST /rest/api/3/issue/{key}/comment}: answered 201. */
    void comment(String key, JsonObject comment) throws DeliveryFailure {
        post("/issue/" + key + "/comment", comment);
    }

    /** {@code GET /rest/api/3/issue/{key}/transitions}: those the workflow offers from the issue's status. */
    JsonArray transitions(String key) throws DeliveryFailure {
        String body = http.send(request("/issue/" + key + "/transitions").GET()).body();
        JsonValue transitions = JsonAnswer.of(body, SERVICE).get("transitions");
        if (!(transitions instanceof JsonArray list)) {
            throw DeliveryFailure.transientFailure("Jira answered without the issue's transitions");
        }
        return list;
    }

    /** {@code POST /rest/api/3/issue/{key}/transitions}: answered 204. */
    void transition(String key, String transitionId) throws DeliveryFailure {
        post("/issue/" + key + "/transitions", JiraIssues.transition(transitionId));
    }

    private String post(String path, JsonObject body) throws DeliveryFailure {
        return http.send(request(path)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())))
                .body();
    }

    private HttpRequest.Builder request(String path) throws DeliveryFailure {
        URI uri;
        try {
            uri = URI.create(base + API + path);
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent("tcps.notifications.jira.url is not a valid URL: " + base);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw DeliveryFailure.permanent("tcps.notifications.jira.url is not an http(s) URL: " + base);
        }
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").header("Authorization", authorization);
    }

    private static String key(JsonValue issue) throws DeliveryFailure {
        if (!(issue instanceof JsonObject fields) || fields.getString("key", "").isEmpty()) {
            throw DeliveryFailure.transientFailure("Jira answered no issue key");
        }
        return fields.getString("key");
    }
}
