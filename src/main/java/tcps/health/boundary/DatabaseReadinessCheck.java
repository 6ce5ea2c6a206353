package tcps.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import tcps.database.control.DatabaseProbe;
import tcps.database.control.DatabaseStatus;

/** Not ready without a database: every fact the service takes in is committed there first. */
@Readiness
@ApplicationScoped
public class DatabaseReadinessCheck implements HealthCheck {

    @Inject
    DatabaseProbe database;

    @Override
    public HealthCheckResponse call() {
        DatabaseStatus status = database.probe();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("database")
                .status(status.reachable())
                .withData("latencyMs", String.format(java.util.Locale.ROOT, "%.3f", status.latencyMs()));
        if (status.product() != null) {
            response.withData("product", status.product());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
