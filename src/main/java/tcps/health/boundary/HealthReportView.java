package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.health.control.HealthReport;

/**
 * The health check's result ({@code health_check()}): overall status (the worst component), every component, the
 * line's key metrics (the metrics overview, health score included), the active alerts
 * (pending, firing and acknowledged), and the time of the check.
 */
@JsonbPropertyOrder({"status", "components", "metrics", "alerts", "simulated", "timestamp"})
public record HealthReportView(
        String status,
        Map<String, ComponentHealthView> components,
        Object metrics,
        List<?> alerts,
        boolean simulated,
        Instant timestamp) {

    /** {@code metrics}: the line overview ({@link tcps.health.control.LineOverview}), written as it is. */
    public static HealthReportView of(HealthReport report, Object metrics, List<?> alerts) {
        Map<String, ComponentHealthView> components = new LinkedHashMap<>();
        report.components().forEach((name, health) -> components.put(name, ComponentHealthView.of(health)));
        return new HealthReportView(
                report.status().label(), components, metrics, alerts, report.simulated(), report.timestamp());
    }
}
