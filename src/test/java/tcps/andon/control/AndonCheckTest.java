package tcps.andon.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import tcps.health.entity.HealthStatus;

/** The Andon threshold just below and at its default. */
class AndonCheckTest {

    private static final Duration CRITICAL_OPEN_MAX = Duration.ofHours(1);

    @Test
    void andonIsUnhealthyOnceACriticalAndonIsOpenForAnHour() {
        long hour = CRITICAL_OPEN_MAX.toMillis();
        assertThat(AndonCheck.judge(0, 0, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(AndonCheck.judge(1, hour - 1, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.DEGRADED);
        assertThat(AndonCheck.judge(1, hour, CRITICAL_OPEN_MAX).status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(AndonCheck.judge(2, hour + 1, CRITICAL_OPEN_MAX).reason()).contains("3600001 ms");
    }
}
