package tcps.export.control;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Map;
import tcps.storage.entity.TimeWindow;

/**
 * What every export format shows: the line's health, its key metrics (category name → the category as served by
 * {@code /api/metrics/{category}}), the open Andons and the work orders created in the window, read as they are
 * written.
 */
public record ExportReport(
        String title,
        Instant generatedAt,
        TimeWindow window,
        HealthSummary health,
        Map<String, JsonObject> metrics,
        OpenAndons openAndons,
        WorkOrderRows workOrders) {

    public static final String TITLE = "TCPS Health Monitor report";
}
