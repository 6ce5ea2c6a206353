package tcps.backups.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.database.control.DatabaseProbe;
import tcps.database.control.DatabaseStatus;
import tcps.database.control.MigrationStatus;
import tcps.database.control.SchemaMigrator;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.ServiceInstance;
import tcps.health.control.Verdict;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;
import tcps.storage.entity.Timestamps;

/**
 * Persistence: unhealthy when the database does not answer, the schema is not current or the newest backup does not
 * verify; degraded when the database answers slower than the latency threshold or the newest backup (or, with none,
 * the service's start) is older than the backup age limit.
 */
@ApplicationScoped
public class PersistenceCheck implements ComponentCheck {

    static final String NAME = "persistence";

    @Inject
    DatabaseProbe database;

    @EJB
    SchemaMigrator migrator;

    @EJB
    Backups backups;

    @EJB
    ServiceInstance instance;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.persistence.backup-max-age-hours", defaultValue = "26")
    double backupMaxAgeHours;

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
        if (backups.enabled()) {
            judgeBackup(verdict, backupFigures(readings, details), backupMaxAgeHours);
        }
        details.put("backups_enabled", backups.enabled());
        return ComponentHealth.of(NAME, verdict, details, readings);
    }

    /** The newest backup's age and verification; with none yet, its age counts from the service's start. */
    private BackupFigures backupFigures(Readings readings, Map<String, Object> details) {
        Optional<BackupVerification> newest = backups.newestVerification();
        Instant since = newest.map(BackupVerification::createdAt).orElse(instance.startedAt());
        double realAge = Duration.between(since, Timestamps.now()).toMillis() / 3_600_000.0;
        double ageHours = readings.number("backup_age_hours", realAge);
        boolean verified = readings.flag(
                "backup_verified", newest.map(BackupVerification::verified).orElse(true));
        details.put("last_backup", newest.map(BackupVerification::name).orElse(null));
        details.put("last_backup_at", newest.map(v -> v.createdAt().toString()).orElse(null));
        details.put(
                "backup_age_hours",
                newest.isPresent() || readings.simulatedParameters().contains("backup_age_hours") ? ageHours : null);
        details.put("backup_verified", newest.isPresent() ? verified : null);
        newest.filter(v -> !v.problems().isEmpty()).ifPresent(v -> details.put("backup_problems", v.problems()));
        return new BackupFigures(newest.isPresent(), ageHours, verified);
    }

    record BackupFigures(boolean exists, double ageHours, boolean verified) {}

    static Verdict judgeBackup(Verdict verdict, BackupFigures backup, double maxAgeHours) {
        return verdict.unhealthyIf(!backup.verified(), "the last backup does not verify")
                .degradedIf(
                        backup.ageHours() > maxAgeHours,
                        backup.exists()
                                ? String.format(
                                        Locale.ROOT,
                                        "last backup %.1f h old (limit %.1f h)",
                                        backup.ageHours(),
                                        maxAgeHours)
                                : String.format(
                                        Locale.ROOT,
                                        "no backup in %.1f h (limit %.1f h)",
                                        backup.ageHours(),
                                        maxAgeHours));
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
