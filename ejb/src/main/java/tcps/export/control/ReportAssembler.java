package tcps.export.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.control.AndonLine;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonFilter;
import tcps.andon.entity.AndonStatus;
import tcps.health.control.ComponentHealthMonitor;
import tcps.health.control.HealthReport;
import tcps.metrics.control.MetricsReader;
import tcps.storage.entity.TimeWindow;
import tcps.storage.entity.Timestamps;
import tcps.workorders.entity.WorkOrderFilter;
import tcps.workorders.entity.WorkOrderStore;

/**
 * Gathers an export from what the line already keeps: the component health report, the cached metric
 * categories, the open Andons and the window's work orders (read later, while the export is written).
 */
@ApplicationScoped
public class ReportAssembler {

    /** The key metrics an export shows, in this order. */
    public static final List<String> CATEGORIES = List.of("overview", "production", "quality", "kanban");

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    ComponentHealthMonitor monitor;

    @Inject
    MetricsReader metrics;

    @Inject
    AndonLine andons;

    @Inject
    WorkOrderStore workOrders;

    @Inject
    @ConfigProperty(name = "tcps.export.max-work-orders", defaultValue = "10000")
    int maxWorkOrders;

    @Inject
    @ConfigProperty(name = "tcps.export.max-open-andons", defaultValue = "1000")
    int maxOpenAndons;

    public ExportReport assemble(TimeWindow window) {
        Instant now = Timestamps.now();
        long total = workOrders
                .list(new WorkOrderFilter(null, null, null, window.from(), window.to()), 0, 1)
                .total();
        return new ExportReport(
                ExportReport.TITLE,
                now,
                window,
                health(),
                keyMetrics(),
                openAndons(),
                new StoredWorkOrderRows(workOrders, window, total, Math.max(0, maxWorkOrders)));
    }

    private HealthSummary health() {
        HealthReport report = monitor.current();
        List<HealthSummary.Component> components = report.components().values().stream()
                .map(health -> new HealthSummary.Component(
                        health.component(),
                        health.status().label(),
                        health.reason(),
                        json(JSONB.toJson(health.details()))))
                .toList();
        return new HealthSummary(report.status().label(), report.timestamp(), components);
    }

    private Map<String, JsonObject> keyMetrics() {
        Map<String, JsonObject> categories = new LinkedHashMap<>();
        CATEGORIES.forEach(name -> categories.put(name, json(metrics.category(name))));
        return categories;
    }

    private OpenAndons openAndons() {
        int limit = Math.max(1, maxOpenAndons);
        var open = andons.list(new AndonFilter(AndonStatus.OPEN, null, null, null, null, null), 0, limit);
        List<OpenAndons.Row> rows =
                open.items().stream().map(ReportAssembler::row).toList();
        return new OpenAndons(open.total(), limit, rows);
    }

    private static OpenAndons.Row row(AndonEvent event) {
        return new OpenAndons.Row(
                event.getId(),
                event.getSeverity().name(),
                event.getFailureType(),
                event.getSkuId(),
                event.getWorkOrderId(),
                event.getStage(),
                event.getTriggeredAt(),
                event.getEscalationLevel());
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
