package tcps.tpm.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcps.health.entity.HealthStatus;

/** The TPM thresholds just below and at their defaults. */
class TpmCheckTest {

    private static final double COMPLIANCE_DEGRADED = 0.95;
    private static final double COMPLIANCE_UNHEALTHY = 0.90;
    private static final double UPTIME_DEGRADED = 0.999;

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
}
