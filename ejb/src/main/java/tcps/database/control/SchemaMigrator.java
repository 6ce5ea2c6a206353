package tcps.database.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import tcps.storage.entity.Timestamps;

/**
 * Brings the schema up to date with Flyway before anything else touches the database. A failed migration does not
 * stop the deployment: it is reported by readiness and {@code /api/health}, where an operator will look.
 */
@Singleton
@Startup
@Lock(LockType.READ)
// Flyway commits its own work; it must not run inside a container transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    private volatile MigrationStatus status = MigrationStatus.running();

    @PostConstruct
    void migrate() {
        try {
            Flyway flyway = Flyway.configure(getClass().getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load();
            int applied = flyway.migrate().migrationsExecuted;
            status = statusOf(flyway.info(), applied);
            LOG.info(() -> "Schema at version " + status.version() + " (" + applied + " migration(s) applied now)");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Schema migration failed; the service is not ready", e);
            status = new MigrationStatus(MigrationStatus.State.FAILED, null, 0, 0, Timestamps.now(), e.getMessage());
        }
    }

    private static MigrationStatus statusOf(MigrationInfoService info, int applied) {
        MigrationInfo current = info.current();
        String version = current == null ? null : current.getVersion().getVersion();
        return new MigrationStatus(
                MigrationStatus.State.CURRENT, version, applied, info.pending().length, Timestamps.now(), null);
    }

    public MigrationStatus status() {
        return status;
    }
}
