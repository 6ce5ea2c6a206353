package tcps.tpm.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TpmIT {

    private static final String JSON = "application/json";
    private static final Instant FROM = Instant.parse("2025-06-01T00:00:00Z");
    private static final Instant TO = hour(100);

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    private Http http() {
        return new Http(deployment);
    }

    private static Instant hour(int h) {
        return FROM.plus(Duration.ofHours(h));
    }

    private static String uniqueComponent() {
        return "press-" + UUID.randomUUID();
    }

    @Test
    void tpmFiguresComputedFromKnownRecords() {
        String component = uniqueComponent();
        completeTask(scheduleTask(component, hour(10)), hour(9)); // on time
        completeTask(scheduleTask(component, hour(20)), hour(25)); // late
        completeTask(scheduleTask(component, hour(30)), hour(30)); // exactly on time
        scheduleTask(component, hour(40)); // never done
        scheduleTask(component, hour(200)); // due after the window
        recover(fail(component, hour(10)), hour(12));
        recover(fail(component, hour(50)), hour(54));
        fail(component, hour(90)); // still down: counts until the window's end

        JsonObject status = http().get("api/tpm/status?component=" + component + "&from=" + FROM + "&to=" + TO)
                .json();

        assertThat(status.getString("component")).isEqualTo(component);
        assertThat(status.getJsonNumber("tasksDue").longValue()).isEqualTo(4);
        assertThat(status.getJsonNumber("tasksCompletedOnTime").longValue()).isEqualTo(2);
        assertThat(status.getJsonNumber("maintenanceCompliance").doubleValue()).isEqualTo(0.5);
        assertThat(status.getJsonNumber("downtimeSeconds").doubleValue()).isEqualTo(16 * 3600.0);
        assertThat(status.getJsonNumber("uptime").doubleValue()).isEqualTo(1 - 16.0 / 100);
        assertThat(status.getJsonNumber("failures").longValue()).isEqualTo(3);
        assertThat(status.getJsonNumber("unrecoveredFailures").longValue()).isEqualTo(1);
        assertThat(status.getJsonNumber("mtbfSeconds").doubleValue()).isEqualTo(84 * 3600.0 / 3);
        assertThat(status.getJsonNumber("mttrSeconds").doubleValue()).isEqualTo(3 * 3600.0);
        assertThat(Instant.parse(status.getString("lastMaintenanceAt"))).isEqualTo(hour(30));
    }

    @Test
    void componentWithoutRecordsIsFullyCompliantAndUp() {
        JsonObject status =
                http().get("api/tpm/status?component=" + uniqueComponent()).json();

        assertThat(status.getJsonNumber("maintenanceCompliance").doubleValue()).isEqualTo(1.0);
        assertThat(status.getJsonNumber("uptime").doubleValue()).isEqualTo(1.0);
        assertThat(status.isNull("mtbfSeconds")).isTrue();
        assertThat(status.isNull("lastMaintenanceAt")).isTrue();
        Duration window =
                Duration.between(Instant.parse(status.getString("from")), Instant.parse(status.getString("to")));
        assertThat(window).isEqualTo(Duration.ofDays(30));
    }

    @Test
    void triggeredMaintenanceIsAnOnDemandTaskDueNow() {
        String component = uniqueComponent();
        Instant before = Instant.now();

        Http.Reply reply = http().post(
                        "api/tpm/maintenance/trigger",
                        JSON,
                        "{\"component\":\"" + component + "\",\"reason\":\"vibration above limit\"}");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        JsonObject task = reply.json();
        assertThat(task.getString("origin")).isEqualTo("on_demand");
        assertThat(task.getString("description")).isEqualTo("vibration above limit");
        assertThat(Instant.parse(task.getString("dueAt"))).isAfterOrEqualTo(before.minusSeconds(5));
        List<JsonObject> open = jsonArray("api/tpm/tasks?status=open&component=" + component);
        assertThat(open)
                .extracting(t -> t.getJsonNumber("id").longValue())
                .containsExactly(task.getJsonNumber("id").longValue());
    }

    @Test
    void completingACompletedTaskIsAConflict() {
        long task = scheduleTask(uniqueComponent(), hour(1));
        completeTask(task, hour(1));

        Http.Reply again = http().post("api/tpm/tasks/" + task + "/complete", JSON, "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(http().get("api/tpm/tasks/" + task).json().getString("completedAt"))
                .isEqualTo(hour(1).toString());
    }

    @Test
    void recoveringARecoveredFailureIsAConflict() {
        String component = uniqueComponent();
        long failure = fail(component, hour(1));
        recover(failure, hour(2));

        Http.Reply again = http().post("api/tpm/failures/" + failure + "/recover", JSON, "{}");

        assertThat(again.status()).isEqualTo(409);
        assertThat(jsonArray("api/tpm/failures?status=recovered&component=" + component))
                .extracting(f -> f.getString("recoveredAt"))
                .containsExactly(hour(2).toString());
        assertThat(jsonArray("api/tpm/failures?status=open&component=" + component))
                .isEmpty();
    }

    @Test
    void invalidTaskNamesTheFields() {
        Http.Reply reply = http().post("api/tpm/tasks", JSON, "{\"component\":\" \",\"description\":\"oil\"}");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("component", "dueAt");

        Http.Reply badTime = http().post(
                        "api/tpm/tasks", JSON, "{\"component\":\"db\",\"description\":\"oil\",\"dueAt\":\"tomorrow\"}");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.json().getString("detail"))
                .isEqualTo("dueAt must be an ISO-8601 instant from year 1 to 9999, such as 2026-01-31T12:00:00Z.");
    }

    @Test
    void badQueryParametersAre400() {
        assertThat(http().get("api/tpm/status?from=yesterday").status()).isEqualTo(400);
        assertThat(http().get("api/tpm/status?from=" + TO + "&to=" + FROM).status())
                .isEqualTo(400);
        Http.Reply status = http().get("api/tpm/tasks?status=forgotten");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body()).contains("\"field\":\"status\"");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(http().post("api/tpm/tasks/987654321/complete", JSON, "{}").status())
                .isEqualTo(404);
        assertThat(http().post("api/tpm/failures/987654321/recover", JSON, "{}").status())
                .isEqualTo(404);
        assertThat(http().get("api/tpm/tasks/987654321").status()).isEqualTo(404);
    }

    /** The items of a list page, after checking the page says how many match in all. */
    private List<JsonObject> jsonArray(String path) {
        JsonObject page = http().get(path).json();
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(items.size());
        return items;
    }

    private long scheduleTask(String component, Instant dueAt) {
        Http.Reply reply = http().post(
                        "api/tpm/tasks",
                        JSON,
                        "{\"component\":\"" + component + "\",\"description\":\"lubricate\",\"dueAt\":\"" + dueAt
                                + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void completeTask(long task, Instant at) {
        Http.Reply reply = http().post("api/tpm/tasks/" + task + "/complete", JSON, "{\"completedAt\":\"" + at + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private long fail(String component, Instant at) {
        Http.Reply reply = http().post(
                        "api/tpm/failures",
                        JSON,
                        "{\"component\":\"" + component + "\",\"cause\":\"bearing\",\"failedAt\":\"" + at + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private void recover(long failure, Instant at) {
        Http.Reply reply =
                http().post("api/tpm/failures/" + failure + "/recover", JSON, "{\"recoveredAt\":\"" + at + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
