package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.line.control.LineChange;

/**
 * Has the metrics re-read the components' reports right after their committed changes; a burst of changes costs a
 * bounded number of re-reads (see {@link #schedule}). Work-order changes and Kanban intake changes re-read only the Kanban figures; an Andon, TPM, quality or
 * Kaizen change re-reads every report.
 */
@ApplicationScoped
public class ReportRereads {

    private static final Logger LOG = Logger.getLogger(ReportRereads.class.getName());
    private static final String KANBAN = "kanban";
    private static final long KANBAN_SPACING_MS = 200;
    private static final long REPORTS_MIN_SPACING_MS = 2;
    private static final int REPORTS_COST_SHARE = 2;

    @Inject
    MetricsAggregator aggregator;

    @Resource
    ManagedThreadFactory threads;

    // A debounce, not a Scheduler's tick (src/docs/architecture.md, Timers and threads): a tick comes at most once a
    // second, where the figures show a change at once and within 200 ms in a burst.
    // Not the managed scheduled executor: it captures the caller's context for every task, which took about 2 ms a
    // time (it looks its context providers up in the application's jars), on the thread committing the change
    private ScheduledExecutorService executor;

    private final Object scheduling = new Object();
    // When the next re-read is due (System.nanoTime), Long.MAX_VALUE while none is scheduled
    private long dueAt = Long.MAX_VALUE;
    private volatile long lastStarted = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(KANBAN_SPACING_MS);
    private volatile long lastReportsNanos;
    private final Set<String> stale = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void start() {
        executor = Executors.newSingleThreadScheduledExecutor(threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void kanbanChanged() {
        stale.add(KANBAN);
        schedule(TimeUnit.MILLISECONDS.toNanos(KANBAN_SPACING_MS));
    }

    void reportChanged(String component) {
        stale.add(component);
        schedule(
                Math.max(TimeUnit.MILLISECONDS.toNanos(REPORTS_MIN_SPACING_MS), REPORTS_COST_SHARE * lastReportsNanos));
    }

    /**
     * Work-order changes are left to the aggregator: it asks for the Kanban re-read once it has applied them, as the
     * Kanban figures read its queue counts. Receipts and health are in none of the reports.
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LineChange change) {
        switch (change.source()) {
            case "andon", "quality", "tpm", "kaizen" -> reportChanged(change.source());
            case "kanban" -> kanbanChanged();
            default -> {}
        }
    }

    // The first change after a quiet spell is re-read at once: alerts wait for these figures. In a burst, work-order
    // and Kanban changes (thousands a second under ingestion) wait until 200 ms after the last re-read started; a
    // component's report change (an Andon, a gate result: people and pipelines) re-reads that component's report alone
    // and waits twice as long as the last such re-read took, at least 2 ms: however many arrive, re-reading takes at
    // most a third of one thread
    private void schedule(long spacingNanos) {
        synchronized (scheduling) {
            long now = System.nanoTime();
            long at = Math.max(now, lastStarted + spacingNanos);
            if (at - dueAt < 0) {
                dueAt = at;
                executor.schedule(this::reread, at - now, TimeUnit.NANOSECONDS);
            }
        }
    }

    private void reread() {
        try {
            long started;
            // Together, so that a change arriving now spaces its re-read from this one, never from the one before
            synchronized (scheduling) {
                started = System.nanoTime();
                lastStarted = started;
                dueAt = Long.MAX_VALUE;
            }
            // Taken out one by one before reading: a change arriving meanwhile stays stale for the re-read it schedules
            Set<String> components = new HashSet<>();
            for (String component : stale) {
                if (stale.remove(component)) {
                    components.add(component);
                }
            }
            if (!components.isEmpty()) {
                aggregator.reread(components);
            }
            if (!components.equals(Set.of(KANBAN)) && !components.isEmpty()) {
                lastReportsNanos = System.nanoTime() - started;
            }
        } catch (Throwable e) { // the next reconciliation reads them again
            LOG.log(Level.WARNING, "Metrics reports could not be re-read", e);
        }
    }
}
