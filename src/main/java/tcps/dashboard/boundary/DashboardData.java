package tcps.dashboard.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import tcps.health.boundary.HealthReportView;
import tcps.metrics.control.MetricsSnapshot;

/**
 * Everything the dashboard shows at load ({@code get_dashboard_data()}): the component health report, every metric category (the body of {@code
 * /api/metrics/all}), the active alerts and the SLO status, and when it was put together. SLOs are not part of
 * the product yet: {@code slo} says it is not configured, rather than showing figures nobody measured.
 */
@JsonbPropertyOrder({"health", "metrics", "alerts", "slo", "timestamp"})
public record DashboardData(
        HealthReportView health, MetricsSnapshot metrics, List<?> alerts, Slo slo, Instant timestamp) {

    @JsonbPropertyOrder({"status", "objectives"})
    public record Slo(String status, List<Object> objectives) {

        public static final Slo NOT_CONFIGURED = new Slo("not_configured", List.of());
    }
}
