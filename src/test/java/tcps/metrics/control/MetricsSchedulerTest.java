package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcps.timers.control.SynchronousEvent;

class MetricsSchedulerTest {

    private final FailingAggregator aggregator = new FailingAggregator();
    private final List<MetricsTick> seenAfterTheReconciler = new CopyOnWriteArrayList<>();
    private final MetricsScheduler scheduler = new MetricsScheduler();

    MetricsSchedulerTest() {
        MetricsReconciler reconciler = new MetricsReconciler();
        reconciler.aggregator = aggregator;
        scheduler.ticks = new SynchronousEvent<>(reconciler::reconcile, seenAfterTheReconciler::add);
    }

    @Test
    void everyTickReconcilesEvenAfterAFailedReconciliationAndReachesTheOtherObservers() {
        scheduler.tick();
        scheduler.tick();
        scheduler.tick();

        assertThat(aggregator.reconciliations).hasValue(3);
        assertThat(seenAfterTheReconciler).hasSize(3);
    }

    /** Fails its first reconciliation, as when the database is away, then reconciles. */
    static final class FailingAggregator extends MetricsAggregator {
        final AtomicInteger reconciliations = new AtomicInteger();

        @Override
        void reconcile() {
            if (reconciliations.incrementAndGet() == 1) {
                throw new IllegalStateException("the database is away");
            }
        }
    }
}
