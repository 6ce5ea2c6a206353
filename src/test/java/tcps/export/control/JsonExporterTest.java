package tcps.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonExporterTest {

    @Test
    void oneDocumentWithEverySection() {
        WorkOrderRow awkward = SampleReports.workOrder(7, SampleReports.AWKWARD);

        JsonObject json = write(SampleReports.report(WorkOrderRows.of(List.of(awkward), 1, 10)));

        assertThat(json.getString("title")).isEqualTo(ExportReport.TITLE);
        assertThat(json.getJsonObject("range").getString("from")).isEqualTo("2026-01-30T12:00:00Z");
        assertThat(json.getJsonObject("health").getString("status")).isEqualTo("degraded");
        JsonObject kanban =
                json.getJsonObject("health").getJsonArray("components").getJsonObject(0);
        assertThat(kanban.get("reason")).isEqualTo(JsonValue.NULL);
        assertThat(kanban.getJsonObject("details").getJsonNumber("utilization").doubleValue())
                .isEqualTo(0.4);
        assertThat(json.getJsonObject("metrics").getJsonObject("overview").getInt("totalWorkOrders"))
                .isEqualTo(1234);
        assertThat(json.getJsonObject("openAndons")
                        .getJsonArray("items")
                        .getJsonObject(0)
                        .getInt("workOrderId"))
                .isEqualTo(5);
        JsonObject workOrders = json.getJsonObject("workOrders");
        assertThat(workOrders.getInt("total")).isEqualTo(1);
        assertThat(workOrders.getInt("exported")).isEqualTo(1);
        assertThat(workOrders.getBoolean("truncated")).isFalse();
        JsonObject row = workOrders.getJsonArray("items").getJsonObject(0);
        assertThat(row.getString("description")).isEqualTo(SampleReports.AWKWARD);
        assertThat(row.get("stage")).isEqualTo(JsonValue.NULL);
        assertThat(row.getString("completedAt")).isEqualTo(awkward.completedAt().toString());
    }

    @Test
    void aTruncatedExportSaysSo() {
        JsonObject workOrders = write(SampleReports.report(WorkOrderRows.of(SampleReports.workOrders(30), 30, 20)))
                .getJsonObject("workOrders");

        assertThat(workOrders.getBoolean("truncated")).isTrue();
        assertThat(workOrders.getInt("limit")).isEqualTo(20);
        assertThat(workOrders.getInt("exported")).isEqualTo(20);
        assertThat(workOrders.getJsonArray("items")).hasSize(20);
    }

    private static JsonObject write(ExportReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().write(report, out);
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(out.toByteArray()))) {
            return reader.readObject();
        }
    }
}
