package tcps.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tcps.health.control.HealthChanged;

/** Test-only observer of {@link HealthChanged}, synchronous and asynchronous, added to the deployment by its IT. */
@ApplicationScoped
@Path("health-probe")
@Produces(MediaType.APPLICATION_JSON)
public class HealthChangedProbe {

    private final List<String> seen = new CopyOnWriteArrayList<>();

    void onChange(@Observes HealthChanged change) {
        seen.add("sync " + describe(change));
    }

    void onChangeAsync(@ObservesAsync HealthChanged change) {
        seen.add("async " + describe(change));
    }

    private static String describe(HealthChanged change) {
        return change.component() + " " + change.from() + "->" + change.to() + (change.simulated() ? " simulated" : "");
    }

    @GET
    public List<String> seen(@QueryParam("component") String component) {
        return seen.stream()
                .filter(line -> line.contains(" " + component + " "))
                .toList();
    }
}
