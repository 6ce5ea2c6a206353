package tcps.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.entity.HealthStatus;
import tcps.health.entity.HealthTransition;
import tcps.health.entity.HealthTransitionStore;

/**
 * Checks every component at the configured interval, keeps the latest report, and records each status change (and
 * announces it as {@link HealthChanged}). Transitions that cannot be written while the database is away are kept and
 * written once it answers again. The timer callback never throws: a timer that fails twice is cancelled for good.
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

    @Resource
    TimerService timers;

    @Inject
    ComponentHealthEvaluator evaluator;

    @Inject
    HealthTransitionStore store;

    @Inject
    Event<HealthChanged> changes;

    @Inject
    @ConfigProperty(name = "tcps.health.check-interval-seconds", defaultValue = "30")
    long intervalSeconds;

    private final Instant startedAt = Instant.now();
    private final List<HealthChanged> unsaved = new ArrayList<>();
    private Map<String, HealthStatus> last;
    private volatile HealthReport latest;
    private volatile Instant lastRunAt;

    @PostConstruct
    void schedule() {
        long millis = interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("component-health", false));
    }

    @Timeout
    void onTimer() {
        try {
            runChecks();
        } catch (Throwable e) {
            LOG.log(Level.WARNING, "Component health check failed; retrying at the next interval", e);
        }
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

    public Instant startedAt() {
        return startedAt;
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
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
