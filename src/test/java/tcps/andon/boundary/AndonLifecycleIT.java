package tcps.andon.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.andon.boundary.AndonApi.BASE;
import static tcps.andon.boundary.AndonApi.andon;
import static tcps.andon.boundary.AndonApi.problem;
import static tcps.andon.boundary.AndonApi.uniqueSku;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.PostgresDatabase;
import tcps.TcpsDeployment;

/** Trigger, escalate and resolve one Andon at a time, over HTTP, on PostgreSQL. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AndonLifecycleIT {

    @ArquillianResource
    URL deployment;

    private AndonApi api;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create(AndonEventProbe.class);
    }

    @BeforeEach
    void connect() {
        api = new AndonApi(deployment);
    }

    @Test
    void triggerAnswers201WithLocationAndTheOpenEventWithInferredSeverity() {
        String sku = uniqueSku();
        long workOrder = new LineClient(deployment)
                .create("andon target", "low", "reliability", sku)
                .getJsonNumber("id")
                .longValue();
        Instant before = Instant.now().minusMillis(1);
        JsonObject body = andon("Test_Failure", sku)
                .add("workOrderId", workOrder)
                .add("stage", "testing")
                .add(
                        "details",
                        Json.createObjectBuilder().add("suite", "OrderIT").add("failed", "3"))
                // Severity is inferred, never taken from the caller.
                .add("severity", "INFO")
                .build();

        Http.Reply reply = api.post(BASE, body);

        JsonObject created = AndonApi.expect(reply, 201);
        long id = created.getJsonNumber("id").longValue();
        JsonObject fetched = api.get(BASE + "/" + id);
        for (JsonObject event : List.of(created, fetched)) {
            assertThat(event.getString("status")).isEqualTo("OPEN");
            assertThat(event.getString("severity")).isEqualTo("CRITICAL");
            assertThat(event.getString("failureType")).isEqualTo("test_failure");
            assertThat(event.getString("skuId")).isEqualTo(sku);
            assertThat(event.getJsonNumber("workOrderId").longValue()).isEqualTo(workOrder);
            assertThat(event.getString("stage")).isEqualTo("testing");
            assertThat(event.getJsonObject("details").getString("suite")).isEqualTo("OrderIT");
            assertThat(event.getInt("escalationLevel")).isZero();
            assertThat(Instant.parse(event.getString("triggeredAt"))).isBetween(before, Instant.now());
            assertThat(event.containsKey("resolvedAt")).isFalse();
            assertThat(event.containsKey("resolution")).isFalse();
        }
        assertThat(fetched.getJsonNumber("openDurationMs").longValue()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void locationHeaderPointsAtTheEvent() throws Exception {
        // Http.Reply carries no headers, so this one request goes through the JDK client directly.
        HttpRequest request = api.http()
                .authorized(HttpRequest.newBuilder(api.http().uri(BASE)))
                .header("Content-Type", AndonApi.JSON)
                .POST(HttpRequest.BodyPublishers.ofString(
                        andon("compilation_failure", uniqueSku()).build().toString()))
                .build();

        HttpResponse<String> reply = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(reply.statusCode()).isEqualTo(201);
        long id = new Http.Reply(201, AndonApi.JSON, reply.body())
                .json()
                .getJsonNumber("id")
                .longValue();
        String location = reply.headers().firstValue("Location").orElseThrow();
        assertThat(URI.create(location).getPath()).endsWith("/api/andon/" + id);
        // A path starting with "/" is resolved against the server root, as the Location's path is.
        assertThat(api.get(URI.create(location).getPath()).getJsonNumber("id").longValue())
                .isEqualTo(id);
    }

    @Test
    void severityFollowsTheConfiguredLists() {
        String sku = uniqueSku();

        assertThat(api.trigger("quality_gate_failure", sku).getString("severity"))
                .isEqualTo("WARNING");
        assertThat(api.trigger("documentation_gap", sku).getString("severity")).isEqualTo("INFO");
        assertThat(api.trigger("SHACL_VIOLATION", sku).getString("severity")).isEqualTo("CRITICAL");
    }

    @Test
    void resolveClosesTheEventWithItsResolutionTimeAndCommitsIt() throws SQLException {
        long id = api.trigger("deployment_failure", uniqueSku())
                .getJsonNumber("id")
                .longValue();

        JsonObject resolved = api.resolve(id, "ana");

        assertThat(resolved.getString("status")).isEqualTo("RESOLVED");
        Instant triggeredAt = Instant.parse(resolved.getString("triggeredAt"));
        Instant resolvedAt = Instant.parse(resolved.getString("resolvedAt"));
        long resolutionMs = resolved.getJsonNumber("resolutionTimeMs").longValue();
        assertThat(resolutionMs)
                .isEqualTo(Duration.between(triggeredAt, resolvedAt).toMillis());
        assertThat(resolved.getJsonNumber("openDurationMs").longValue()).isEqualTo(resolutionMs);
        JsonObject resolution = resolved.getJsonObject("resolution");
        assertThat(resolution.getString("rootCause")).isEqualTo("clock skew between build agents");
        assertThat(resolution.getString("fixApplied")).isEqualTo("pinned the test clock");
        assertThat(resolution.getString("preventionAdded")).isEqualTo("clock-skew test in the suite");
        assertThat(resolution.getString("resolver")).isEqualTo("ana");
        JsonObject fetched = api.get(BASE + "/" + id);
        assertThat(fetched.getString("status")).isEqualTo("RESOLVED");
        assertThat(fetched.getString("resolvedAt")).isEqualTo(resolved.getString("resolvedAt"));
        assertThat(fetched.getJsonObject("resolution")).isEqualTo(resolution);
        // Once resolved, the open duration stops growing.
        assertThat(fetched.getJsonNumber("openDurationMs").longValue()).isEqualTo(resolutionMs);

        try (Connection db = PostgresDatabase.connect();
                PreparedStatement sql = db.prepareStatement(
                        "SELECT status, resolution_ms, resolver, resolved_at FROM andon_event WHERE id = ?")) {
            sql.setLong(1, id);
            try (ResultSet row = sql.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("status")).isEqualTo("RESOLVED");
                assertThat(row.getLong("resolution_ms")).isEqualTo(resolutionMs);
                assertThat(row.getString("resolver")).isEqualTo("ana");
                assertThat(row.getObject("resolved_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(resolvedAt);
            }
        }
    }

    @Test
    void resolvingTwiceIs409AndChangesNothing() {
        long id = api.trigger("test_failure", uniqueSku()).getJsonNumber("id").longValue();
        JsonObject first = api.resolve(id, "ana");

        JsonObject problem = problem(api.post(BASE + "/" + id + "/resolve", AndonApi.resolution("bob")), 409);

        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:invalid-state-transition");
        assertThat(problem.getString("detail")).contains(String.valueOf(id), "RESOLVED");
        JsonObject after = api.get(BASE + "/" + id);
        assertThat(after.getJsonObject("resolution").getString("resolver")).isEqualTo("ana");
        assertThat(after.getString("resolvedAt")).isEqualTo(first.getString("resolvedAt"));
    }

    @Test
    void escalationRaisesTheLevelUpToTheConfiguredMaximum() {
        long id = api.trigger("security_vulnerability", uniqueSku())
                .getJsonNumber("id")
                .longValue();

        JsonObject once = api.escalate(id);
        assertThat(once.getInt("escalationLevel")).isEqualTo(1);
        assertThat(Instant.parse(once.getString("escalatedAt")))
                .isAfterOrEqualTo(Instant.parse(once.getString("triggeredAt")));
        api.escalate(id);
        assertThat(api.escalate(id).getInt("escalationLevel")).isEqualTo(3);

        problem(api.http().send("POST", BASE + "/" + id + "/escalate"), 409);
        assertThat(api.get(BASE + "/" + id).getInt("escalationLevel")).isEqualTo(3);
    }

    @Test
    void aResolvedEventCannotBeEscalated() {
        long id = api.trigger("test_failure", uniqueSku()).getJsonNumber("id").longValue();
        api.resolve(id, "ana");

        problem(api.http().send("POST", BASE + "/" + id + "/escalate"), 409);

        assertThat(api.get(BASE + "/" + id).getInt("escalationLevel")).isZero();
    }

    @Test
    void unknownIdsAre404() {
        String unknown = BASE + "/999999999999";

        assertThat(problem(api.http().get(unknown), 404).getString("detail")).contains("999999999999");
        problem(api.post(unknown + "/resolve", AndonApi.resolution("ana")), 404);
        problem(api.http().send("POST", unknown + "/escalate"), 404);
        problem(api.http().get(BASE + "/not-a-number"), 404);
    }

    @Test
    void eventsAreFiredInsideTheTransaction() {
        long id = api.trigger("test_failure", "SKU-events-" + System.nanoTime())
                .getJsonNumber("id")
                .longValue();
        api.escalate(id);
        JsonObject resolved = api.resolve(id, "ana");

        List<String> lines = Json.createReader(
                        new StringReader(api.http().get("api/andon-probe/" + id).body()))
                .readArray()
                .getValuesAs(JsonString.class)
                .stream()
                .map(JsonString::getString)
                .toList();

        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("triggered CRITICAL test_failure SKU-events-")
                .endsWith("in-transaction");
        assertThat(lines.get(1)).isEqualTo("escalated 1 in-transaction");
        assertThat(lines.get(2))
                .isEqualTo("resolved CRITICAL " + resolved.getJsonNumber("resolutionTimeMs") + " "
                        + resolved.getString("resolvedAt") + " in-transaction");
    }

    @Test
    void anObserverFailureRollsTheTriggerBack() {
        String sku = "REFUSE-" + System.nanoTime();

        Http.Reply reply = api.post(BASE, andon("test_failure", sku).build());

        problem(reply, 500);
        assertThat(api.get(BASE + "?skuId=" + sku).getJsonNumber("total").longValue())
                .isZero();
    }
}
