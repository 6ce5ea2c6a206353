package tcps.health.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcps.timers.control.SynchronousEvent;

class HealthSchedulerTest {

    private final HealthScheduler scheduler = new HealthScheduler();

    @Test
    void theIntervalIsTheConfiguredSecondsButAtLeastOne() {
        scheduler.intervalSeconds = 30;
        assertThat(scheduler.interval()).isEqualTo(Duration.ofSeconds(30));

        scheduler.intervalSeconds = 0;
        assertThat(scheduler.interval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFailingCheckRunEscapesNoTickAndIsNotCountedAsARun() {
        FailingEvaluator evaluator = new FailingEvaluator();
        ComponentHealthMonitor monitor = new ComponentHealthMonitor();
        monitor.evaluator = evaluator;
        List<HealthTick> seenAfterTheMonitor = new CopyOnWriteArrayList<>();
        scheduler.ticks = new SynchronousEvent<>(monitor::onTick, seenAfterTheMonitor::add);

        scheduler.tick();
        scheduler.tick();

        assertThat(evaluator.runs).hasValue(2);
        assertThat(seenAfterTheMonitor).hasSize(2);
        // What the liveness check watches: no run finished, so its silence keeps growing
        assertThat(monitor.lastRunAt()).isEmpty();
    }

    /** An evaluator that fails every time, as a bug in a check would. */
    static final class FailingEvaluator extends ComponentHealthEvaluator {
        final AtomicInteger runs = new AtomicInteger();

        @Override
        public HealthReport evaluate() {
            runs.incrementAndGet();
            throw new IllegalStateException("a check failed unexpectedly");
        }
    }
}
