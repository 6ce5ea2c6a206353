package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.line.control.LineChange;

/**
 * Has the metrics re-read the components' reports right after their committed changes: a burst of changes costs one
 * re-read per 200 ms. Work-order changes and Kanban intake changes re-read only the Kanban figures; an Andon, TPM, quality or
 * Kaizen change re-reads every report.
 */
@ApplicationScoped
public class ReportRereads {

    private static final Logger LOG = Logger.getLogger(ReportRereads.class.getName());
    private static final long DELAY_MS = 200;

    @Inject
    MetricsAggregator aggregator;

    @Resource
    ManagedThreadFactory threads;

    // A debounce, not a Scheduler's tick (src/docs/architecture.md, Timers and threads): a tick comes at most once a
    // second, where the figures show a change within 200 ms.
    // Not the managed scheduled executor: it captures the caller's context for every task, which took about 2 ms a
    // time (it looks its context providers up in the application's jars), on the thread committing the change
    private ScheduledExecutorService executor;

    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile long lastStarted = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(DELAY_MS);
    private final AtomicBoolean reportsStale = new AtomicBoolean();
    private final AtomicBoolean kanbanStale = new AtomicBoolean();

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void kanbanChanged() {
        kanbanStale.set(true);
        schedule();
    }

    void reportsChanged() {
        reportsStale.set(true);
        schedule();
    }

    /**
     * Work-order changes are left to the aggregator: it asks for the Kanban re-read once it has applied them, as the
     * Kanban figures read its queue counts. Receipts and health are in none of the reports.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LineChange change) {
        switch (change.source()) {
            case "andon", "quality", "tpm", "kaizen" -> reportsChanged();
            case "kanban" -> kanbanChanged();
            default -> {}
        }
    }

    // The first change after a quiet spell is re-read at once (alerts wait for these figures); later ones in a burst
    // wait until DELAY_MS after the last re-read started, so a burst still costs at most one re-read per DELAY_MS
    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            long wait = Math.max(0, lastStarted + TimeUnit.MILLISECONDS.toNanos(DELAY_MS) - System.nanoTime());
            executor.schedule(this::reread, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void reread() {
        try {
            lastStarted = System.nanoTime();
            pending.set(false);
            if (reportsStale.getAndSet(false)) {
                kanbanStale.set(false);
                aggregator.rereadReports();
            } else if (kanbanStale.getAndSet(false)) {
                aggregator.rereadKanban();
            }
        } catch (Throwable e) { // the next reconciliation reads them again
            LOG.log(Level.WARNING, "Metrics reports could not be re-read", e);
        }
    }
}
