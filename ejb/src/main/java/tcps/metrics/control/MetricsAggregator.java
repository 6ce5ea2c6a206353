package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.control.AndonEscalated;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.database.entity.Timestamps;
import tcps.kaizen.control.ImprovementImplemented;
import tcps.kaizen.control.ProposalRejected;
import tcps.kaizen.control.ProposalSubmitted;
import tcps.metrics.entity.MetricsStore;
import tcps.quality.control.DeploymentRecorded;
import tcps.quality.control.QualityGateRecorded;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.SimulationChanged;
import tcps.tpm.control.ComponentFailed;
import tcps.tpm.control.ComponentRecovered;
import tcps.tpm.control.MaintenanceCompleted;
import tcps.tpm.control.MaintenanceScheduled;
import tcps.tpm.control.MaintenanceTriggered;
import tcps.workorders.control.WorkOrderChanged;

/**
 * The running aggregates behind every metric. Work-order changes update them as they commit; the other components'
 * reports are re-read shortly after their changes commit and on every reconciliation ({@link MetricsReconciler});
 * at start-up and on a forced refresh everything is rebuilt from the database. Reads return the last snapshot without
 * a lock unless something changed since it was taken. A CDI bean, not an EJB: its observers run once per committed
 * change, and Payara looks an EJB observer up in JNDI and wraps it in a new proxy for every notification. What reads
 * the database runs outside any caller's transaction, as it did as an EJB.
 */
@ApplicationScoped
public class MetricsAggregator {

    private static final Logger LOG = Logger.getLogger(MetricsAggregator.class.getName());
    // Coalesces bursts of changes into one re-read of the reports they alter
    private static final long REREAD_DELAY_MS = 200;
    // Ended work orders are counted from the whole status index only every this many reconciliations (5 minutes at
    // the default interval); in between, events keep those counts and the open ones are reconciled every time.
    private static final int FULL_COUNT_EVERY = 60;

    @Inject
    MetricsStore store;

    @Inject
    LineReader reader;

    @Inject
    MetricsCache cache;

    @Inject
    FailureSimulation simulation;

    @Resource
    ManagedScheduledExecutorService executor;

    @Inject
    @ConfigProperty(name = "tcps.metrics.window-hours", defaultValue = "24")
    int windowHours;

    private final Object refreshing = new Object();
    private final Object snapshotting = new Object();
    // Counts changes: a snapshot is current while it was taken at the present count
    private final AtomicLong version = new AtomicLong();
    private final AtomicBoolean rereadPending = new AtomicBoolean();
    private final AtomicBoolean reportsStale = new AtomicBoolean();
    private final AtomicBoolean kanbanStale = new AtomicBoolean();
    private volatile ProductionAggregates production;
    private volatile LineReports reports;
    private volatile Taken snapshot;
    private int reconciliations;

    @PostConstruct
    void start() {
        production = new ProductionAggregates(Duration.ofHours(windowHours));
    }

    /** Rebuilds every aggregate from the database: the window's rows and the counts, never the whole history. */
    @Transactional(TxType.NOT_SUPPORTED)
    public Duration refresh() {
        long started = System.nanoTime();
        synchronized (refreshing) {
            Instant now = Timestamps.now();
            ProductionAggregates rebuilt = new ProductionAggregates(Duration.ofHours(windowHours));
            var counts = store.countAll();
            store.completedSince(rebuilt.rebuildFrom(now)).forEach(rebuilt::completed);
            store.visitsEndedSince(now.minus(Duration.ofHours(windowHours))).forEach(rebuilt::visited);
            store.open().forEach(rebuilt::opened);
            rebuilt.reconcile(counts, rebuilt.changes());
            production = rebuilt;
            reports = reader.read(this::queuedIn);
            changed();
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** True once the aggregates have been rebuilt from the database: until then metrics would read as zero. */
    public boolean rebuilt() {
        return reports != null;
    }

    /** Corrects the counts from the database and re-reads the reports; rebuilds everything until that succeeded. */
    @Transactional(TxType.NOT_SUPPORTED)
    void reconcile() {
        synchronized (refreshing) {
            if (reports == null) {
                refresh();
                return;
            }
            ProductionAggregates current = production;
            long changesBefore = current.changes();
            boolean full = ++reconciliations % FULL_COUNT_EVERY == 0;
            current.reconcile(full ? store.countAll() : store.countOpen(), changesBefore);
            reports = reader.read(this::queuedIn);
            changed();
        }
    }

    public void workOrderChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkOrderChanged change) {
        try {
            production.apply(change);
            changed();
            kanbanChanged();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Work-order change not aggregated; the next reconciliation corrects counts", e);
        }
    }

    public void andonTriggered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonTriggered event) {
        reportsChanged();
    }

    public void andonResolved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonResolved event) {
        reportsChanged();
    }

    public void andonEscalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonEscalated event) {
        reportsChanged();
    }

    public void gateRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QualityGateRecorded event) {
        reportsChanged();
    }

    public void deploymentRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeploymentRecorded event) {
        reportsChanged();
    }

    public void failed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentFailed event) {
        reportsChanged();
    }

    public void recovered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentRecovered event) {
        reportsChanged();
    }

    public void maintained(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceCompleted event) {
        reportsChanged();
    }

    public void scheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceScheduled event) {
        reportsChanged();
    }

    public void triggered(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceTriggered event) {
        reportsChanged();
    }

    public void improved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImprovementImplemented event) {
        reportsChanged();
    }

    public void proposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalSubmitted event) {
        reportsChanged();
    }

    public void rejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalRejected event) {
        reportsChanged();
    }

    // Simulated figures stand in for real ones from the next snapshot on; expiries show at the next reconciliation
    public void simulationChanged(@Observes SimulationChanged change) {
        changed();
    }

    /**
     * The current snapshot: taken anew only when something changed since the last one. A change while one is taken
     * makes it stale at once, so no read that starts after a change returns figures from before it.
     */
    @Transactional(TxType.NOT_SUPPORTED)
    public MetricsSnapshot snapshot() {
        Taken current = snapshot;
        if (current != null && current.version() == version.get()) {
            return current.figures();
        }
        synchronized (snapshotting) {
            long now = version.get(); // read before taking: a change meanwhile is seen by the next read
            current = snapshot;
            if (current == null || current.version() != now) {
                LineReports line = reports;
                if (line == null) {
                    line = reader.read(this::queuedIn);
                    reports = line;
                }
                current = new Taken(
                        now,
                        MetricsSnapshot.of(
                                production.figures(Timestamps.now()), line, new SimulatedMetrics(simulation)));
                snapshot = current;
            }
            return current.figures();
        }
    }

    private void changed() {
        version.incrementAndGet();
        cache.invalidateAll();
    }

    private long queuedIn(String bucket) {
        return production.queuedIn(bucket);
    }

    // A work-order change alters only the Kanban figures of the reports
    private void kanbanChanged() {
        kanbanStale.set(true);
        scheduleReread();
    }

    private void reportsChanged() {
        reportsStale.set(true);
        scheduleReread();
    }

    private void scheduleReread() {
        if (rereadPending.compareAndSet(false, true)) {
            executor.schedule(this::reread, REREAD_DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void reread() {
        try {
            rereadPending.set(false);
            LineReports current = reports;
            if (reportsStale.getAndSet(false) || current == null) {
                kanbanStale.set(false);
                reports = reader.read(this::queuedIn);
            } else if (kanbanStale.getAndSet(false)) {
                reports = current.withKanban(reader.kanban(this::queuedIn));
            }
            changed();
        } catch (Throwable e) { // the next reconciliation reads them again
            LOG.log(Level.WARNING, "Metrics reports could not be re-read", e);
        }
    }

    private record Taken(long version, MetricsSnapshot figures) {}
}
