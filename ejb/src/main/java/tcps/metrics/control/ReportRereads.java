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
import tcps.andon.control.AndonEscalated;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.kaizen.control.ImprovementImplemented;
import tcps.kaizen.control.ProposalRejected;
import tcps.kaizen.control.ProposalSubmitted;
import tcps.quality.control.DeploymentRecorded;
import tcps.quality.control.QualityGateRecorded;
import tcps.tpm.control.ComponentFailed;
import tcps.tpm.control.ComponentRecovered;
import tcps.tpm.control.MaintenanceCompleted;
import tcps.tpm.control.MaintenanceScheduled;
import tcps.tpm.control.MaintenanceTriggered;

/**
 * Has the metrics re-read the components' reports shortly after their committed changes: a burst of changes costs
 * one re-read. Work-order changes re-read only the Kanban figures; any other component's change re-reads every report.
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

    void andonTriggered(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonTriggered event) {
        reportsChanged();
    }

    void andonResolved(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonResolved event) {
        reportsChanged();
    }

    void andonEscalated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AndonEscalated event) {
        reportsChanged();
    }

    void gateRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) QualityGateRecorded event) {
        reportsChanged();
    }

    void deploymentRecorded(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeploymentRecorded event) {
        reportsChanged();
    }

    void failed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentFailed event) {
        reportsChanged();
    }

    void recovered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ComponentRecovered event) {
        reportsChanged();
    }

    void maintained(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceCompleted event) {
        reportsChanged();
    }

    void scheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceScheduled event) {
        reportsChanged();
    }

    void triggered(@Observes(during = TransactionPhase.AFTER_SUCCESS) MaintenanceTriggered event) {
        reportsChanged();
    }

    void improved(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImprovementImplemented event) {
        reportsChanged();
    }

    void proposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalSubmitted event) {
        reportsChanged();
    }

    void rejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProposalRejected event) {
        reportsChanged();
    }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            executor.schedule(this::reread, DELAY_MS, TimeUnit.MILLISECONDS);
        }
    }

    private void reread() {
        try {
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
