package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.health.control.HealthReport;

/**
 * The seed's {@code health_check()} result: overall status (the worst component), every component, metrics and
 * alerts (filled by the metrics and alerting components; empty here), and the time of the check.
 */
@JsonbPropertyOrder({"status", "components", "metrics", "alerts", "simulated", "timestamp"})
public record HealthReportView(
        String status,
        Map<String, ComponentHealthView> components,
        Map<String, Object> metrics,
        List<Object> alerts,
        boolean simulated,
        Instant timestamp) {

    public static HealthReportView of(HealthReport report) {
        Map<String, ComponentHealthView> components = new LinkedHashMap<>();
        report.components().forEach((name, health) -> components.put(name, ComponentHealthView.of(health)));
        return new HealthReportView(
                report.status().label(), components, Map.of(), List.of(), report.simulated(), report.timestamp());
    }
}
