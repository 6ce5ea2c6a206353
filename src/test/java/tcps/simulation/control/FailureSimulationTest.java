package tcps.simulation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.RecordingEvent;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.UnknownEntity;

class FailureSimulationTest {

    private final RecordingEvent<SimulationChanged> changes = new RecordingEvent<>();
    private final FailureSimulation simulation = new FailureSimulation(changes);

    @Test
    void simulatedValuesLastUntilCleared() {
        simulation.simulate("kanban", Map.of("wip_over_limit", 1.0, "utilization", 0.95), null);

        assertThat(simulation.simulated("kanban", "utilization")).contains(0.95);
        assertThat(simulation.simulated("kanban", "queue_depth")).isEmpty();
        assertThat(simulation.simulated("andon", "critical_open")).isEmpty();
        assertThat(simulation.active()).hasSize(1);

        assertThat(simulation.clearAll()).isEqualTo(1);
        assertThat(simulation.simulated("kanban", "utilization")).isEmpty();
    }

    @Test
    void aSimulationWithADurationExpires() throws InterruptedException {
        simulation.simulate("andon", Map.of("critical_open", 1.0), Duration.ofMillis(50));
        assertThat(simulation.simulated("andon", "critical_open")).contains(1.0);

        Thread.sleep(80);

        assertThat(simulation.simulated("andon", "critical_open")).isEmpty();
        assertThat(simulation.active()).isEmpty();
    }

    @Test
    void oneComponentIsClearedAlone() {
        simulation.simulate("andon", Map.of("critical_open", 1.0), null);
        simulation.simulate("production", Map.of("lead_time_p90", 7_500_000.0), null);

        assertThat(simulation.clear("andon")).isTrue();
        assertThat(simulation.clear("andon")).isFalse();
        assertThat(simulation.simulated("production", "lead_time_p90")).contains(7_500_000.0);
        // Every start and every clearing is announced, so that metrics take the figures afresh; a no-op is not
        assertThat(changes.fired())
                .extracting(SimulationChanged::component)
                .containsExactly("andon", "production", "andon");
    }

    @Test
    void unknownComponentsAndParametersAreRefused() {
        assertThatThrownBy(() -> simulation.simulate("warp-drive", Map.of("x", 1.0), null))
                .isInstanceOf(UnknownEntity.class);
        assertThatThrownBy(() -> simulation.simulate("kanban", Map.of("speed", 1.0), null))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("speed")
                .hasMessageContaining("utilization");
        assertThatThrownBy(() -> simulation.simulate("kanban", Map.of(), null)).isInstanceOf(InvalidCommand.class);
        assertThatThrownBy(() -> simulation.simulate("kanban", Map.of("utilization", 1.0), Duration.ZERO))
                .isInstanceOf(InvalidCommand.class);
    }
}
