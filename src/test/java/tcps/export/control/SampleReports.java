package tcps.export.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.storage.entity.TimeWindow;

/** Reports built in memory, with the awkward text an export must carry unharmed. */
final class SampleReports {

    static final Instant NOW = Instant.parse("2026-01-31T12:00:00Z");
    static final TimeWindow WINDOW = new TimeWindow(NOW.minus(Duration.ofHours(24)), NOW);
    static final String AWKWARD = "fix \"flaky\" test, then retry;\nsecond line\r\nthird, with \"quotes\"";

    private SampleReports() {}

    static HealthSummary health() {
        return new HealthSummary(
                "degraded",
                NOW.minusSeconds(10),
                List.of(
                        new HealthSummary.Component(
                                "kanban",
                                "healthy",
                                null,
                                Json.createObjectBuilder()
                                        .add("utilization", 0.4)
                                        .build()),
                        new HealthSummary.Component(
                                "andon", "degraded", "1 critical Andon open", JsonObject.EMPTY_JSON_OBJECT)));
    }

    static Map<String, JsonObject> metrics() {
        Map<String, JsonObject> metrics = new LinkedHashMap<>();
        metrics.put(
                "overview",
                Json.createObjectBuilder()
                        .add("totalWorkOrders", 1234)
                        .add("systemHealthScore", 87.5)
                        .add("status", "degraded")
                        .addNull("averageLeadTimeMs")
                        .build());
        metrics.put(
                "kanban",
                Json.createObjectBuilder()
                        .add("wipCurrent", 7)
                        .add("wipByBucket", Json.createObjectBuilder().add("security", 3))
                        .build());
        return metrics;
    }

    static OpenAndons andons() {
        return new OpenAndons(
                1,
                1000,
                List.of(new OpenAndons.Row(
                        41, "CRITICAL", "test_failure", "SKU-ANDON-7", 5L, "testing", NOW.minusSeconds(600), 1)));
    }

    static WorkOrderRow workOrder(long id, String description) {
        Instant created = WINDOW.from().plusSeconds(id);
        return new WorkOrderRow(
                id,
                created,
                "SKU-" + id,
                "security",
                "high",
                "COMPLETED",
                null,
                created.plusSeconds(1),
                created.plusSeconds(5),
                description);
    }

    static List<WorkOrderRow> workOrders(int count) {
        List<WorkOrderRow> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            rows.add(workOrder(i, "work order number " + i));
        }
        return rows;
    }

    static ExportReport report(WorkOrderRows rows) {
        return new ExportReport(ExportReport.TITLE, NOW, WINDOW, health(), metrics(), andons(), rows);
    }
}
