package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import tcps.metrics.control.MetricsAggregator;
import tcps.metrics.control.MetricsReader;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The metric categories, each read from the cached snapshot (O(1) whatever the history size), component metrics and
 * the forced refresh. Routes are literal so sibling resources under {@code /api/metrics} keep their own names.
 */
@Requires(Role.VIEWER)
@Path("metrics")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    MetricsReader metrics;

    @Inject
    MetricsAggregator aggregator;

    @GET
    @Path("summary")
    public String summary() {
        return metrics.category("summary");
    }

    @GET
    @Path("overview")
    public String overview() {
        return metrics.category("overview");
    }

    @GET
    @Path("production")
    public String production() {
        return metrics.category("production");
    }

    @GET
    @Path("quality")
    public String quality() {
        return metrics.category("quality");
    }

    @GET
    @Path("kanban")
    public String kanban() {
        return metrics.category("kanban");
    }

    @GET
    @Path("andon")
    public String andon() {
        return metrics.category("andon");
    }

    @GET
    @Path("kaizen")
    public String kaizen() {
        return metrics.category("kaizen");
    }

    @GET
    @Path("tpm")
    public String tpm() {
        return metrics.category("tpm");
    }

    @GET
    @Path("flow")
    public String flow() {
        return metrics.category("flow");
    }

    @GET
    @Path("all")
    public String all() {
        return metrics.category("all");
    }

    /** {@code get_component_metrics(name)}: workorders (or production), kanban, andon, quality, tpm, kaizen, flow. */
    @GET
    @Path("components/{name}")
    public String component(@PathParam("name") String name) {
        return metrics.component(name);
    }

    /** Rebuilds every aggregate from the database now, and answers how long that took. */
    @POST
    @Requires(Role.ADMIN)
    @Path("refresh")
    public Map<String, Object> refresh() {
        return Map.of("refreshed", true, "durationMs", aggregator.refresh().toMillis());
    }
}
