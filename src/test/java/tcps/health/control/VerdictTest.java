package tcps.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tcps.health.entity.HealthStatus;

class VerdictTest {

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
