package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.kanban.control.QueueDepths;
import tcps.metrics.entity.MetricsStore;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.SimulationChanged;
import tcps.storage.entity.Timestamps;
import tcps.workorders.control.StagePlan;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.control.WorkOrderChanges;

/**
 * The running aggregates behind every metric. Work-order changes update them as they commit; the components' reports
 * are re-read shortly after their changes commit ({@link ReportRereads}) and on every reconciliation
 * ({@link MetricsReconciler});
 * at start-up and on a forced refresh everything is rebuilt from the database. Reads return the last snapshot without
 * a lock unless something changed since it was taken. A CDI bean, not an EJB: its observers run once per committed
 * change, and Payara looks an EJB observer up in JNDI and wraps it in a new proxy for every notification. What reads
 * the database runs outside any caller's transaction, as it did as an EJB.
 */
@ApplicationScoped
public class MetricsAggregator implements QueueDepths {

    private static final Logger LOG = Logger.getLogger(MetricsAggregator.class.getName());
    // Ended work orders are counted from the whole status index only every this many count reconciliations (5
    // minutes at the default interval); in between, events keep those counts and the open ones are reconciled.
    private static final int FULL_COUNT_EVERY = 60;
    private static final int COUNTS_SPACING = 50;

    @Inject
    MetricsStore store;

    @Inject
    LineReader reader;

    @Inject
    MetricsCache cache;

    @Inject
    FailureSimulation simulation;

    @Inject
    ReportRereads rereads;

    @Inject
    Event<MetricsUpdated> updates;

    @Inject
    StagePlan stagePlan;

    @Inject
    @ConfigProperty(name = "tcps.metrics.window-hours", defaultValue = "24")
    int windowHours;

    private final Object refreshing = new Object();
    private final Object snapshotting = new Object();
    // Counts changes: a snapshot is current while it was taken at the present count
    private final AtomicLong version = new AtomicLong();
    private volatile ProductionAggregates production;
    private volatile LineReports reports;
    private volatile Taken snapshot;
    private int reconciliations;
    private long countsDueAt = System.nanoTime();

    @PostConstruct
    void start() {
        production = new ProductionAggregates(Duration.ofHours(windowHours), stagePlan.stages());
    }

    /** Rebuilds every aggregate from the database: the window's rows and the counts, never the whole history. */
    @Transactional(TxType.NOT_SUPPORTED)
    public Duration refresh() {
        long started = System.nanoTime();
        synchronized (refreshing) {
            Instant now = Timestamps.now();
            ProductionAggregates rebuilt = new ProductionAggregates(Duration.ofHours(windowHours), stagePlan.stages());
            var counts = store.countAll();
            store.completedSince(rebuilt.rebuildFrom(now)).forEach(rebuilt::completed);
            store.visitsEndedSince(now.minus(Duration.ofHours(windowHours))).forEach(rebuilt::visited);
            store.started().forEach(rebuilt::running);
            rebuilt.reconcile(counts, rebuilt.changes());
            production = rebuilt;
            reports = reader.read(this::queuedIn);
            changed();
        }
        updated();
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
            if (System.nanoTime() - countsDueAt >= 0) {
                reconcileCounts();
            }
            reports = reader.read(this::queuedIn);
            changed();
        }
        updated();
    }

    // The counts read every open work order, so a long queue makes them slow: they wait COUNTS_SPACING times as long
    // as they took, which keeps them under 2% of a database connection's time however long the queue grows.
    private void reconcileCounts() {
        long started = System.nanoTime();
        ProductionAggregates current = production;
        long changesBefore = current.changes();
        boolean full = ++reconciliations % FULL_COUNT_EVERY == 0;
        current.reconcile(full ? store.countAll() : store.countOpen(), changesBefore);
        long ended = System.nanoTime();
        countsDueAt = ended + (ended - started) * COUNTS_SPACING;
    }

    public void workOrdersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkOrderChanges changes) {
        for (WorkOrderChanged change : changes.changes()) {
            try {
                production.apply(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Work-order change not aggregated; the next reconciliation corrects counts", e);
            }
        }
        changed();
        rereads.kanbanChanged();
    }

    // Simulated figures stand in for real ones from the next snapshot on; expiries show at the next reconciliation
    public void simulationChanged(@Observes SimulationChanged change) {
        changed();
        updated();
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

    /**
     * Work orders waiting in the bucket, from the running counts: kept by committed changes and corrected by each
     * reconciliation. Counting a queue instead reads every row in it.
     */
    @Override
    public long queuedIn(String bucket) {
        return production.queuedIn(bucket);
    }

    /** Re-reads the reports of {@code components} (see {@link ReportRereads}); all of them before the first read. */
    @Transactional(TxType.NOT_SUPPORTED)
    void reread(java.util.Set<String> components) {
        LineReports current = reports;
        reports = current == null ? reader.read(this::queuedIn) : reader.reread(current, components, this::queuedIn);
        changed();
        updated();
    }

    private void updated() {
        updates.fire(new MetricsUpdated(Timestamps.now()));
    }

    private record Taken(long version, MetricsSnapshot figures) {}
}
