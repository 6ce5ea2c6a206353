package tcps.alerting.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import tcps.Http;

/** Rules and alerts over REST for the alerting tests: each test makes rules of its own, with ids no other test uses. */
final class AlertRulesClient {

    private final Http http;

    AlertRulesClient(Http http) {
        this.http = http;
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    /**
     * A rule only a simulation makes hold: a mean time to recovery of over 30 years, which no real failure record on the
     * shared test database reaches. The test decides when it holds.
     */
    JsonObject onSimulation(String id, String severity, String component, long forSeconds, long cooldownSeconds) {
        String body =
                "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"component\":\"" + component + "\",\"severity\":\""
                        + severity
                        + "\",\"condition\":{\"metric\":\"tcps_tpm_mttr_seconds\",\"operator\":\">\",\"threshold\":1e9},"
                        + "\"forSeconds\":" + forSeconds + ",\"cooldownSeconds\":" + cooldownSeconds
                        + ",\"annotations\":{\"summary\":\"MTTR is {{ $value }} s\"}}";
        Http.Reply reply = http.post("api/alert-rules", "application/json", body);
        if (reply.status() != 201) {
            throw new AssertionError("rule not created: " + reply.status() + " " + reply.body());
        }
        return reply.json();
    }

    /** Makes every {@link #onSimulation} rule hold. */
    void simulate() {
        Http.Reply reply = http.post("api/simulate/tpm", "application/json", "{\"mttr_seconds\": 2e9}");
        if (reply.status() != 200) {
            throw new AssertionError(reply.body());
        }
    }

    void clearSimulations() {
        http.send("DELETE", "api/simulate");
    }

    /** Every alert of a rule, newest first, from the history. */
    List<JsonObject> alertsOf(String ruleId) {
        return http.get("api/alerts/history?rule=" + ruleId + "&limit=500")
                .json()
                .getJsonArray("items")
                .getValuesAs(JsonObject.class);
    }

    /** Waits up to 15 s for the rule's newest alert to satisfy {@code condition}. */
    JsonObject awaitAlert(String ruleId, Predicate<JsonObject> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (true) {
            List<JsonObject> alerts = alertsOf(ruleId);
            if (!alerts.isEmpty() && condition.test(alerts.get(0))) {
                return alerts.get(0);
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no matching alert of " + ruleId + ": " + alerts);
            }
            Thread.sleep(100);
        }
    }

    static Predicate<JsonObject> inState(String state) {
        return alert -> state.equals(alert.getString("state"));
    }

    JsonArray active() {
        return http.get("api/alerts").jsonArray();
    }

    void delete(String ruleId) {
        http.send("DELETE", "api/alert-rules/" + ruleId);
    }
}
