package tcps.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import tcps.metrics.control.MetricsUpdated;
import tcps.timers.control.FailureStreak;

/**
 * Evaluates the rules as soon as the figures move after a committed change, so an alert does not wait for the next
 * tick. Never on the thread that updated the figures: one evaluation at a time on a thread of its own, and updates
 * arriving meanwhile cost one more evaluation, not one each.
 */
@ApplicationScoped
public class EvaluationTrigger {

    private static final Logger LOG = Logger.getLogger(EvaluationTrigger.class.getName());

    @Inject
    AlertEngine engine;

    @Resource
    ManagedThreadFactory threads;

    // A debounce started by changes, like the metrics' report re-reads: a Scheduler ticks at most once a second
    private ExecutorService executor;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final FailureStreak failures = new FailureStreak(LOG, "Alert evaluation after a change");

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void updated(@Observes MetricsUpdated update) {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                failures.run(engine::evaluate);
            });
        }
    }
}
