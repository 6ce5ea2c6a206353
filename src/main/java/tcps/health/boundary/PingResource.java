package tcps.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import tcps.security.boundary.Anyone;

/** The cheapest answer the service gives: for load balancers, and the baseline of the benchmarks. */
@Anyone
@Path("ping")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PingResource {

    @GET
    public Map<String, Long> ping() {
        return Map.of("pong", System.currentTimeMillis());
    }
}
