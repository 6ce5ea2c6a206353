package tcps.health.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import tcps.health.control.ComponentHealthEvaluator;
import tcps.health.control.ComponentHealthMonitor;
import tcps.health.control.LineOverview;
import tcps.health.control.OpenAlerts;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The production line's components and their health. Reading checks afresh and records nothing; {@code POST check}
 * runs the background check now, recording any status change as the timer would.
 */
@Requires(Role.VIEWER)
@Path("health/components")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComponentHealthResource {

    @Inject
    ComponentHealthEvaluator evaluator;

    @Inject
    ComponentHealthMonitor monitor;

    @Inject
    LineOverview overview;

    @Inject
    OpenAlerts alerts;

    @GET
    public HealthReportView all() {
        return HealthReportView.of(evaluator.evaluate(), overview.current(), alerts.active());
    }

    @GET
    @Path("{component}")
    public ComponentHealthView one(@PathParam("component") String component) {
        return ComponentHealthView.of(evaluator.evaluate(component));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("check")
    public HealthReportView check() {
        return HealthReportView.of(monitor.runChecks(), overview.current(), alerts.active());
    }
}
