package tcps.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.health.entity.HealthStatus;

/** Every threshold just below and just above (or at) its value, with the seed's defaults. */
class ComponentThresholdsTest {

    private static final double UTILIZATION_DEGRADED = 0.9;
    private static final Duration CRITICAL_OPEN_MAX = Duration.ofHours(1);
    private static final double COMPLIANCE_DEGRADED = 0.95;
    private static final double COMPLIANCE_UNHEALTHY = 0.90;
    private static final double UPTIME_DEGRADED = 0.999;
    private static final double LATENCY_DEGRADED_MS = 500;
    private static final double BACKUP_MAX_AGE_HOURS = 26;

    private static HealthStatus kanban(double utilization, boolean overLimit, boolean stalled) {
        return KanbanCheck.judge(utilization, overLimit, stalled, UTILIZATION_DEGRADED, List.of(), List.of())
                .status();
    }

    @Test
    void kanbanDegradesAboveNinetyPercentUtilization() {
        assertThat(kanban(0.9, false, false)).isEqualTo(HealthStatus.HEALTHY);
        assertThat(kanban(0.9001, false, false)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(kanban(0.0, false, false)).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void kanbanIsUnhealthyOverAWipLimitOrWithAStalledPull() {
        assertThat(kanban(0.5, true, false)).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(kanban(0.5, false, true)).isEqualTo(HealthStatus.UNHEALTHY);
        Verdict verdict = KanbanCheck.judge(0.95, true, false, UTILIZATION_DEGRADED, List.of("security"), List.of());
        assertThat(verdict.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(verdict.reason())
                .startsWith("WIP over its limit in security")
                .contains("utilization 0.950");
    }

    @Test
    void andonIsUnhealthyOnceACriticalAndonIsOpenForAnHour() {
        long hour = CRITICAL_OPEN_MAX.toMillis();
        assertThat(AndonCheck.judge(0, 0, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(AndonCheck.judge(1, hour - 1, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(AndonCheck.judge(1, hour, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(AndonCheck.judge(2, hour + 1, CRITICAL_OPEN_MAX).reason()).contains("3600001 ms");
    }

    private static HealthStatus tpm(double compliance, double uptime) {
        return TpmCheck.judge(compliance, uptime, COMPLIANCE_DEGRADED, COMPLIANCE_UNHEALTHY, UPTIME_DEGRADED)
                .status();
    }

    @Test
    void tpmDegradesUnderNinetyFivePercentComplianceAndFailsUnderNinety() {
        assertThat(tpm(0.95, 1.0)).isEqualTo(HealthStatus.HEALTHY);
        assertThat(tpm(0.9499, 1.0)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(tpm(0.90, 1.0)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(tpm(0.8999, 1.0)).isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void tpmDegradesUnderTheUptimeTarget() {
        assertThat(tpm(1.0, 0.999)).isEqualTo(HealthStatus.HEALTHY);
        assertThat(tpm(1.0, 0.9989)).isEqualTo(HealthStatus.DEGRADED);
        assertThat(tpm(0.5, 0.5)).isEqualTo(HealthStatus.UNHEALTHY);
    }

    @Test
    void receiptsAreUnhealthyWithOneMissingReceiptOrOneBrokenChain() {
        assertThat(ReceiptsCheck.judge(0, 0, List.of()).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(ReceiptsCheck.judge(1, 0, List.of()).status()).isEqualTo(HealthStatus.UNHEALTHY);
        Verdict broken = ReceiptsCheck.judge(0, 1, List.of("SKU-7"));
        assertThat(broken.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(broken.reason()).contains("SKU-7");
    }

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

    @Test
    void verdictNamesTheWorstFindingFirstAndIsSilentWhileHealthy() {
        Verdict verdict =
                new Verdict().degradedIf(true, "slow").unhealthyIf(true, "down").degradedIf(false, "x");
        assertThat(verdict.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(verdict.reason()).isEqualTo("down; slow");
        assertThat(new Verdict().degradedIf(false, "slow").reason()).isNull();
        assertThat(new Verdict().status()).isEqualTo(HealthStatus.HEALTHY);
    }
}
