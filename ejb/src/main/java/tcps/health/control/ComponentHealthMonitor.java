package tcps.health.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.health.entity.HealthStatus;
import tcps.health.entity.HealthTransition;
import tcps.health.entity.HealthTransitionStore;
import tcps.timers.control.FailureStreak;

/**
 * Checks every component on every {@link HealthTick}, keeps the latest report, and records each status change (and
 * announces it as {@link HealthChanged}). Transitions that cannot be written while the database is away are kept and
 * written once it answers again. A failed check run never escapes the tick.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
// One check run at a time (synchronized); readers take the volatile snapshot without waiting for a run.
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Each store call commits on its own: one component's failure must not roll back another's transition.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ComponentHealthMonitor {

    private static final Logger LOG = Logger.getLogger(ComponentHealthMonitor.class.getName());

    @Inject
    ComponentHealthEvaluator evaluator;

    @Inject
    HealthTransitionStore store;

    @Inject
    Event<HealthChanged> changes;

    private final FailureStreak checkRuns = new FailureStreak(LOG, "The component health check");
    private final List<HealthChanged> unsaved = new ArrayList<>();
    private Map<String, HealthStatus> last;
    private volatile HealthReport latest;
    private volatile Instant lastRunAt;

    public void onTick(@Observes HealthTick tick) {
        checkRuns.run(this::runChecks);
    }

    /** Checks every component now, records what changed, and answers the report. */
    public synchronized HealthReport runChecks() {
        HealthReport report = evaluator.evaluate();
        if (last == null) {
            last = lastRecordedStatuses();
        }
        List<HealthChanged> changed = new ArrayList<>();
        report.components().values().forEach(health -> {
            HealthStatus previous = last.get(health.component());
            if (previous != health.status()) {
                changed.add(new HealthChanged(
                        health.component(),
                        previous,
                        health.status(),
                        health.reason(),
                        health.simulated(),
                        report.timestamp()));
                last.put(health.component(), health.status());
            }
        });
        unsaved.addAll(changed);
        saveTransitions();
        latest = report;
        lastRunAt = Instant.now();
        changed.forEach(this::announce);
        return report;
    }

    public Optional<HealthReport> latest() {
        return Optional.ofNullable(latest);
    }

    /** The latest report; before the first background run, a check made now that records nothing. */
    public HealthReport current() {
        HealthReport report = latest;
        return report != null ? report : evaluator.evaluate();
    }

    public Optional<Instant> lastRunAt() {
        return Optional.ofNullable(lastRunAt);
    }

    private Map<String, HealthStatus> lastRecordedStatuses() {
        try {
            return new HashMap<>(store.lastStatuses());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read the last recorded statuses; every status counts as new", e);
            return new HashMap<>();
        }
    }

    private void saveTransitions() {
        if (unsaved.isEmpty()) {
            return;
        }
        try {
            // New entities every attempt: a failed attempt's entities may hold ids of a rolled-back transaction.
            store.record(unsaved.stream()
                    .map(change -> new HealthTransition(
                            change.component(),
                            change.from(),
                            change.to(),
                            change.reason(),
                            change.simulated(),
                            change.at()))
                    .toList());
            unsaved.clear();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, unsaved.size() + " health transition(s) not written yet; retrying next time", e);
        }
    }

    private void announce(HealthChanged change) {
        try {
            // Synchronous observers (metrics, alerting) and asynchronous ones (the dashboard's streams) alike.
            changes.fire(change);
            changes.fireAsync(change);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An observer of " + change + " failed", e);
        }
    }
}
