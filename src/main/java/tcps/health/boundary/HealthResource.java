package tcps.health.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tcps.database.control.DatabaseProbe;
import tcps.database.control.DatabaseStatus;
import tcps.database.control.MigrationStatus;
import tcps.database.control.SchemaMigrator;
import tcps.health.control.ComponentHealthMonitor;
import tcps.health.control.HealthReport;
import tcps.health.control.ServiceInstance;
import tcps.health.control.StreamClientCount;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The service's own status for monitoring portals: 200 while it can serve (database reachable, schema current),
 * 503 otherwise, with the same body either way.
 */
@Requires(Role.VIEWER)
@Path("health")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    static final String SERVICE_NAME = "tcps-health";

    @EJB
    ServiceInstance instance;

    @EJB
    SchemaMigrator migrator;

    @Inject
    DatabaseProbe database;

    @EJB
    ComponentHealthMonitor components;

    @Inject
    StreamClientCount stream;

    @GET
    public Response health() {
        DatabaseStatus db = database.probe();
        MigrationStatus migrations = migrator.status();
        boolean up = db.reachable() && migrations.current();
        ServiceHealth body = new ServiceHealth(
                up ? "UP" : "DOWN",
                SERVICE_NAME,
                instance.version(),
                instance.host(),
                instance.startedAt(),
                instance.uptime().toSeconds(),
                new ServiceHealth.Starts(instance.startCount(), instance.firstStart()),
                db,
                migrations,
                componentsSummary(),
                stream.count(),
                Instant.now());
        return Response.status(up ? 200 : 503).entity(body).build();
    }

    /** The last background check; the first request before it runs checks at once. */
    private ServiceHealth.Components componentsSummary() {
        HealthReport report = components.latest().orElseGet(components::runChecks);
        Map<String, String> byComponent = new LinkedHashMap<>();
        report.components()
                .forEach((name, health) -> byComponent.put(name, health.status().label()));
        return new ServiceHealth.Components(report.status().label(), byComponent, report.timestamp());
    }
}
