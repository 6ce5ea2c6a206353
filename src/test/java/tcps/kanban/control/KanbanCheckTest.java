package tcps.kanban.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.health.control.Verdict;
import tcps.health.entity.HealthStatus;

/** The Kanban thresholds just below and just above (or at) their defaults. */
class KanbanCheckTest {

    private static final double UTILIZATION_DEGRADED = 0.9;

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
}
