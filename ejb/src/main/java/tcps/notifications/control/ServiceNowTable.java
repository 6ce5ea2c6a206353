package tcps.notifications.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The three calls the ServiceNow channel makes on the Table API's {@code incident} table, with basic authentication
 * and JSON both ways: find the active incident of a correlation id, create one, update one.
 */
final class ServiceNowTable {

    static final String PATH = "/api/now/table/incident";
    private static final String SERVICE = "ServiceNow";

    /** An incident as the channel needs it. */
    record Incident(String sysId, String number, String state) {

        boolean resolved() {
            return ServiceNowIncidents.RESOLVED.equals(state);
        }

        String reference() {
            return number.isEmpty() ? sysId : number;
        }
    }

    private final HttpDelivery http;
    private final String base;
    private final String authorization;

    ServiceNowTable(HttpDelivery http, String url, String username, String password) {
        this.http = http;
        this.base = url.trim().replaceAll("/+$", "");
        String credentials = username + ":" + password;
        this.authorization =
                "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code GET ...?sysparm_query=correlation_id=X^active=true}: the active incident of the key, or null. */
    Incident find(String correlationId) throws DeliveryFailure {
        String query = URLEncoder.encode(ServiceNowIncidents.activeIncident(correlationId), StandardCharsets.UTF_8);
        String body = http.send(request(PATH + "?sysparm_query=" + query
                                + "&sysparm_fields=sys_id,number,state&sysparm_limit=1")
                        .GET())
                .body();
        JsonValue result = JsonAnswer.of(body, SERVICE).get("result");
        if (!(result instanceof JsonArray records)) {
            throw DeliveryFailure.transientFailure("ServiceNow answered the query without a result list");
        }
        return records.isEmpty() ? null : incident(records.get(0));
    }

    /** {@code POST}: answered 201 with the new record. */
    Incident create(JsonObject incident) throws DeliveryFailure {
        String body = http.send(request(PATH)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(incident.toString())))
                .body();
        return incident(JsonAnswer.of(body, SERVICE).get("result"));
    }

    /** {@code PATCH .../{sys_id}}: changes the fields given, adds the work note given. */
    void update(Incident incident, JsonObject changes) throws DeliveryFailure {
        http.send(request(PATH + "/" + incident.sysId())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(changes.toString())));
    }

    private HttpRequest.Builder request(String path) throws DeliveryFailure {
        URI uri;
        try {
            uri = URI.create(base + path);
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent("tcps.notifications.servicenow.url is not a valid URL: " + base);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw DeliveryFailure.permanent("tcps.notifications.servicenow.url is not an http(s) URL: " + base);
        }
        return HttpRequest.newBuilder(uri).header("Accept", "application/json").header("Authorization", authorization);
    }

    private static Incident incident(JsonValue value) throws DeliveryFailure {
        if (!(value instanceof JsonObject record)
                || record.getString("sys_id", "").isEmpty()) {
            throw DeliveryFailure.transientFailure("ServiceNow answered no incident record");
        }
        return new Incident(record.getString("sys_id"), record.getString("number", ""), record.getString("state", ""));
    }
}
