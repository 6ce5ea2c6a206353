package tcps.dashboard.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.AlertFacts;
import tcps.health.boundary.HealthReportView;
import tcps.health.control.ComponentHealthMonitor;
import tcps.metrics.control.MetricsAggregator;
import tcps.metrics.control.MetricsSnapshot;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/** Everything the dashboard page shows at load, in one call; changes after that come over the live feed. */
@Requires(Role.VIEWER)
@Path("dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardDataResource {

    @Inject
    ComponentHealthMonitor health;

    @Inject
    MetricsAggregator metrics;

    @Inject
    AlertEngine alerts;

    @GET
    public DashboardData dashboard() {
        MetricsSnapshot snapshot = metrics.snapshot();
        List<AlertFacts> active = alerts.active();
        return new DashboardData(
                HealthReportView.of(health.current(), snapshot.overview(), active),
                snapshot,
                active,
                DashboardData.Slo.NOT_CONFIGURED,
                Instant.now());
    }
}
