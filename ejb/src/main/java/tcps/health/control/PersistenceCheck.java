package tcps.health.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.database.control.DatabaseProbe;
import tcps.database.control.DatabaseStatus;
import tcps.database.control.MigrationStatus;
import tcps.database.control.SchemaMigrator;
import tcps.simulation.control.FailureSimulation;

/**
 * Persistence: unhealthy when the database does not answer or the schema is not current; degraded when it answers
 * slower than the latency threshold.
 */
@ApplicationScoped
public class PersistenceCheck implements ComponentCheck {

    static final String NAME = "persistence";

    @Inject
    DatabaseProbe database;

    @EJB
    SchemaMigrator migrator;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.persistence.latency-degraded-ms", defaultValue = "500")
    double latencyDegradedMs;

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        DatabaseStatus db = database.probe();
        MigrationStatus migrations = migrator.status();
        Readings readings = new Readings(simulation, NAME);
        boolean reachable = readings.flag("reachable", db.reachable());
        double latencyMs = readings.number("latency_ms", db.latencyMs());
        boolean current = readings.flag("migrations_current", migrations.current());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reachable", reachable);
        details.put("latency_ms", latencyMs);
        details.put("database", db.product());
        details.put("error", db.error());
        details.put("schema_version", migrations.version());
        details.put("migrations_current", current);
        details.put("migrations_pending", migrations.pending());
        Verdict verdict = new Verdict();
        judgeDatabase(verdict, reachable, latencyMs, current, latencyDegradedMs, db.error());
        return ComponentHealth.of(NAME, verdict, details, readings);
    }

    static Verdict judgeDatabase(
            Verdict verdict,
            boolean reachable,
            double latencyMs,
            boolean migrationsCurrent,
            double latencyDegradedMs,
            String error) {
        return verdict.unhealthyIf(!reachable, "database unreachable" + (error == null ? "" : ": " + error))
                .unhealthyIf(reachable && !migrationsCurrent, "schema migrations not current")
                .degradedIf(
                        reachable && latencyMs > latencyDegradedMs,
                        String.format(
                                Locale.ROOT, "database latency %.1f ms above %.1f ms", latencyMs, latencyDegradedMs));
    }
}
