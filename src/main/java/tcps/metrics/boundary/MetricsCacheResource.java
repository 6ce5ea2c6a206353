package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import tcps.metrics.control.CacheStatistics;
import tcps.metrics.control.MetricsCache;
import tcps.metrics.control.MetricsReader;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/** The snapshot cache: its statistics, and invalidation of one key (a category or "prometheus") or all. */
@Requires(Role.VIEWER)
@Path("metrics/cache")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricsCacheResource {

    @Inject
    MetricsCache cache;

    @Inject
    MetricsReader metrics;

    @GET
    public CacheStatistics statistics() {
        return cache.statistics();
    }

    @DELETE
    @Requires(Role.ADMIN)
    public void invalidateAll() {
        cache.invalidateAll();
    }

    @DELETE
    @Requires(Role.ADMIN)
    @Path("{key}")
    public void invalidate(@PathParam("key") String key) {
        metrics.invalidate(key);
    }
}
