package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.OutputStream;
import java.time.Instant;

/** One JSON document, generated as it is written: the work orders go out one by one, never held as a whole. */
@ApplicationScoped
public class JsonExporter implements Exporter {

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    @Override
    public String mediaType() {
        return "application/json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(ExportReport report, OutputStream out) {
        try (JsonGenerator json = Json.createGenerator(out)) {
            json.writeStartObject().write("title", report.title());
            text(json, "generatedAt", report.generatedAt());
            json.writeStartObject("range");
            text(json, "from", report.window().from());
            text(json, "to", report.window().to());
            json.writeEnd();
            health(json, report.health());
            json.writeStartObject("metrics");
            report.metrics().forEach(json::write);
            json.writeEnd();
            andons(json, report.openAndons());
            workOrders(json, report.workOrders());
            json.writeEnd();
        }
    }

    private static void health(JsonGenerator json, HealthSummary health) {
        json.writeStartObject("health").write("status", health.status());
        text(json, "checkedAt", health.checkedAt());
        json.writeStartArray("components");
        health.components().forEach(component -> {
            json.writeStartObject().write("component", component.component()).write("status", component.status());
            text(json, "reason", component.reason());
            json.write("details", component.details()).writeEnd();
        });
        json.writeEnd().writeEnd();
    }

    private static void andons(JsonGenerator json, OpenAndons andons) {
        json.writeStartObject("openAndons")
                .write("total", andons.total())
                .write("limit", andons.limit())
                .write("truncated", andons.truncated())
                .writeStartArray("items");
        andons.items().forEach(andon -> {
            json.writeStartObject()
                    .write("id", andon.id())
                    .write("severity", andon.severity())
                    .write("failureType", andon.failureType())
                    .write("skuId", andon.skuId());
            if (andon.workOrderId() == null) {
                json.writeNull("workOrderId");
            } else {
                json.write("workOrderId", andon.workOrderId());
            }
            text(json, "stage", andon.stage());
            text(json, "triggeredAt", andon.triggeredAt());
            json.write("escalationLevel", andon.escalationLevel()).writeEnd();
        });
        json.writeEnd().writeEnd();
    }

    /** {@code exported} follows the items: it is known once they are written. */
    private static void workOrders(JsonGenerator json, WorkOrderRows rows) {
        json.writeStartObject("workOrders")
                .write("total", rows.total())
                .write("limit", rows.limit())
                .write("truncated", rows.truncated())
                .writeStartArray("items");
        long exported = rows.forEach(row -> {
            json.writeStartObject()
                    .write("id", row.id())
                    .write("createdAt", row.createdAt().toString())
                    .write("skuId", row.skuId())
                    .write("bucket", row.bucket())
                    .write("priority", row.priority())
                    .write("status", row.status());
            text(json, "stage", row.stage());
            text(json, "startedAt", row.startedAt());
            text(json, "completedAt", row.completedAt());
            json.write("description", row.description()).writeEnd();
        });
        json.writeEnd().write("exported", exported).writeEnd();
    }

    private static void text(JsonGenerator json, String name, Object value) {
        if (value == null) {
            json.writeNull(name);
        } else {
            json.write(name, value instanceof Instant instant ? instant.toString() : value.toString());
        }
    }
}
