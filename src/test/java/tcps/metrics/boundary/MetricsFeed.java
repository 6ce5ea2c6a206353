package tcps.metrics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.UUID;
import tcps.Http;
import tcps.LineClient;

/** Feeds known facts into the line through its REST API, as the metrics integration test needs them. */
final class MetricsFeed {

    private static final String JSON = "application/json";

    private final LineClient line;
    private final Http http;
    final String sku = LineClient.uniqueSku();

    MetricsFeed(LineClient line) {
        this.line = line;
        this.http = line.http();
    }

    long workOrder(String bucket) {
        return line.create("metrics " + UUID.randomUUID(), "medium", bucket, sku)
                .getJsonNumber("id")
                .longValue();
    }

    /** Passes every stage of a started work order: it completes. */
    void complete(long id) {
        JsonObject current = line.workOrder(id);
        while (!"COMPLETED".equals(current.getString("status"))) {
            current = line.commandOk(id, "advance");
        }
    }

    long andon(String failureType) {
        return created(
                http.post("api/andon", JSON, "{\"failureType\":\"" + failureType + "\",\"skuId\":\"" + sku + "\"}"));
    }

    void escalate(long andon) {
        ok(http.post("api/andon/" + andon + "/escalate", JSON, ""));
    }

    void resolve(long andon) {
        ok(http.post(
                "api/andon/" + andon + "/resolve",
                JSON,
                "{\"rootCause\":\"flaky\",\"fixApplied\":\"fixed\",\"preventionAdded\":\"test\",\"resolver\":\"it\"}"));
    }

    void gate(long workOrder, String gate, boolean passed, int defects, String tests, Double coverage) {
        StringBuilder body = new StringBuilder("{\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku + "\"")
                .append(",\"stage\":\"testing\",\"gate\":\"" + gate + "\",\"passed\":" + passed)
                .append(",\"defectsFound\":" + defects);
        if (tests != null) {
            String[] counts = tests.split(",");
            body.append(
                    ",\"testsRun\":" + counts[0] + ",\"testsPassed\":" + counts[1] + ",\"testsFailed\":" + counts[2]);
        }
        if (coverage != null) {
            body.append(",\"coveragePercent\":" + coverage);
        }
        created(http.post("api/quality/gates", JSON, body.append('}').toString()));
    }

    void deployment(long workOrder, boolean success) {
        created(http.post(
                "api/quality/deployments",
                JSON,
                "{\"workOrderId\":" + workOrder + ",\"skuId\":\"" + sku + "\",\"environment\":\"prod\",\"success\":"
                        + success + "}"));
    }

    /** A component failure, recovered {@code repairSeconds} after it started. */
    void failure(String component, Instant failedAt, long repairSeconds) {
        long id = created(http.post(
                "api/tpm/failures",
                JSON,
                "{\"component\":\"" + component + "\",\"cause\":\"bearing\",\"failedAt\":\"" + failedAt + "\"}"));
        ok(http.post(
                "api/tpm/failures/" + id + "/recover",
                JSON,
                "{\"recoveredAt\":\"" + failedAt.plusSeconds(repairSeconds) + "\"}"));
    }

    void maintenance(String component, Instant dueAt, Instant completedAt) {
        long id = created(http.post(
                "api/tpm/tasks",
                JSON,
                "{\"component\":\"" + component + "\",\"description\":\"oil\",\"dueAt\":\"" + dueAt + "\"}"));
        ok(http.post("api/tpm/tasks/" + id + "/complete", JSON, "{\"completedAt\":\"" + completedAt + "\"}"));
    }

    /** A proposal implemented from {@code baseline} to {@code after}, and a direct improvement. */
    void kaizen(String wasteType, double baseline, double after) {
        long proposal = created(http.post(
                "api/kaizen/proposals",
                JSON,
                "{\"title\":\"metrics " + UUID.randomUUID() + "\",\"wasteType\":\"" + wasteType
                        + "\",\"description\":\"seen\"}"));
        created(http.post(
                "api/kaizen/proposals/" + proposal + "/implement",
                JSON,
                "{\"baselineValue\":" + baseline + ",\"afterValue\":" + after + ",\"automated\":true}"));
        created(http.post(
                "api/kaizen/improvements",
                JSON,
                "{\"title\":\"direct " + UUID.randomUUID() + "\",\"wasteType\":\"" + wasteType
                        + "\",\"baselineValue\":4,\"afterValue\":3,\"automated\":false}"));
    }

    private static long created(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().getJsonNumber("id").longValue();
    }

    private static void ok(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }
}
