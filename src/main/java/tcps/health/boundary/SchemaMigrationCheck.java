package tcps.health.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import tcps.database.control.MigrationStatus;
import tcps.database.control.SchemaMigrator;

/** Ready once the schema is current. */
@Readiness
@ApplicationScoped
public class SchemaMigrationCheck implements HealthCheck {

    @EJB
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        return responseFor(migrator.status());
    }

    static HealthCheckResponse responseFor(MigrationStatus status) {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("schema-migrations")
                .status(status.current())
                .withData("state", status.state().name())
                .withData("pending", status.pending());
        if (status.version() != null) {
            response.withData("version", status.version());
        }
        if (status.error() != null) {
            response.withData("error", status.error());
        }
        return response.build();
    }
}
