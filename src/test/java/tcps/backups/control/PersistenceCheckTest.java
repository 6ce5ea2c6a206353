package tcps.backups.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcps.health.control.Verdict;
import tcps.health.entity.HealthStatus;

/** The persistence thresholds just below and just above (or at) their defaults. */
class PersistenceCheckTest {

    private static final double LATENCY_DEGRADED_MS = 500;
    private static final double BACKUP_MAX_AGE_HOURS = 26;

    private static Verdict persistence(boolean reachable, double latencyMs, boolean current) {
        return PersistenceCheck.judgeDatabase(
                new Verdict(), reachable, latencyMs, current, LATENCY_DEGRADED_MS, reachable ? null : "refused");
    }

    @Test
    void persistenceDegradesAboveTheLatencyThreshold() {
        assertThat(persistence(true, 500, true).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(persistence(true, 500.1, true).status()).isEqualTo(HealthStatus.DEGRADED);
    }

    @Test
    void persistenceIsUnhealthyWithoutDatabaseOrCurrentSchema() {
        Verdict away = persistence(false, 3000, true);
        assertThat(away.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(away.reason()).isEqualTo("database unreachable: refused");
        assertThat(persistence(true, 1, false).status()).isEqualTo(HealthStatus.UNHEALTHY);
    }

    private static Verdict backup(boolean exists, double ageHours, boolean verified) {
        return PersistenceCheck.judgeBackup(
                new Verdict(), new PersistenceCheck.BackupFigures(exists, ageHours, verified), BACKUP_MAX_AGE_HOURS);
    }

    @Test
    void persistenceDegradesWhenTheLastBackupIsTooOld() {
        assertThat(backup(true, 26, true).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(backup(true, 26.01, true).status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(backup(false, 1, true).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(backup(false, 26.01, true).reason()).startsWith("no backup in 26.0 h");
    }

    @Test
    void persistenceIsUnhealthyWhenTheLastBackupDoesNotVerify() {
        assertThat(backup(true, 1, false).status()).isEqualTo(HealthStatus.UNHEALTHY);
    }
}
