package tcps.health.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import tcps.database.control.SchemaMigrator;

/** Started once the schema is current; a class of its own because a bean carries one probe kind only. */
@Startup
@ApplicationScoped
public class SchemaStartupCheck implements HealthCheck {

    @EJB
    SchemaMigrator migrator;

    @Override
    public HealthCheckResponse call() {
        return SchemaMigrationCheck.responseFor(migrator.status());
    }
}
