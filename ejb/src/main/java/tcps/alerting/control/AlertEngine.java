package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.entity.Alert;
import tcps.alerting.entity.AlertStore;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;

/**
 * Evaluates every rule over the current metrics and moves alerts through their lifecycle: on every tick and right
 * after the figures move. Evaluation itself runs in memory against the alerts this instance tracks; only a change goes
 * to the database, through {@link AlertTransitions}, which checks it under the series' lock. Every tick reloads the
 * tracked alerts from the database, so changes made by another instance show within one tick.
 */
@ApplicationScoped
public class AlertEngine {

    private static final Logger LOG = Logger.getLogger(AlertEngine.class.getName());

    @Inject
    RuleBook book;

    @Inject
    MetricNames metrics;

    @Inject
    AlertTransitions transitions;

    @Inject
    AlertStore store;

    @Inject
    Silences silences;

    @Inject
    Muting muting;

    @Inject
    @ConfigProperty(name = "tcps.alerting.minimum-events", defaultValue = "20")
    int minimumEvents;

    private final ReentrantLock lock = new ReentrantLock();
    private final FailureStreak failures = new FailureStreak(LOG, "The alert tick");
    private volatile Map<String, AlertTransitions.Tracked> tracked;

    public void onTick(@Observes AlertTick tick) {
        failures.run(() -> {
            book.refresh();
            silences.refresh();
            reload();
            endExpiredExternals();
            evaluate();
        });
    }

    /** {@code check_alert_rules}: evaluates every rule now and answers the active alerts. */
    @Transactional(TxType.NOT_SUPPORTED)
    public List<AlertFacts> evaluate() {
        return locked(() -> {
            Instant now = Timestamps.now();
            List<Finding> findings = RuleEvaluator.evaluate(book.rules(), metrics.view(), minimumEvents);
            apply(findings, now);
            mute(now);
            return active();
        });
    }

    public List<AlertFacts> active() {
        return tracked().values().stream()
                .map(AlertTransitions.Tracked::alert)
                .sorted(Comparator.comparing(AlertFacts::startedAt).thenComparing(AlertFacts::id))
                .toList();
    }

    public AlertFacts acknowledge(long id, String by, String comment) {
        return locked(() -> track(transitions.acknowledge(id, by, comment, Timestamps.now())));
    }

    public AlertFacts resolve(long id, String by, String comment) {
        return locked(() -> track(transitions.resolve(id, by, comment, Timestamps.now())));
    }

    public AlertFacts raise(ExternalAlert alert, String by) {
        return locked(() -> {
            AlertFacts facts = transitions.raise(alert, by, Timestamps.now());
            if (facts != null) {
                track(facts);
                mute(Timestamps.now());
            }
            return facts;
        });
    }

    private void apply(List<Finding> findings, Instant now) {
        Map<String, AlertTransitions.Tracked> current = tracked();
        Set<String> holding = new HashSet<>();
        for (Finding finding : findings) {
            holding.add(finding.fingerprint());
            AlertTransitions.Tracked known = current.get(finding.fingerprint());
            boolean due = known != null && "pending".equals(known.alert().state()) && !now.isBefore(known.dueAt());
            if (known == null || due) {
                claim(finding.fingerprint(), () -> transitions.holds(finding, now));
            }
        }
        for (AlertTransitions.Tracked known : List.copyOf(current.values())) {
            AlertFacts alert = known.alert();
            if ("rule".equals(alert.origin()) && !holding.contains(alert.fingerprint())) {
                claim(alert.fingerprint(), () -> {
                    transitions.cleared(alert.fingerprint(), "condition no longer holds", now);
                    return null;
                });
            }
        }
    }

    // One transition; a failure (a concurrent instance created the series first, the database away) is retried once
    // and otherwise left to the next evaluation
    private void claim(String fingerprint, Supplier<AlertTransitions.Tracked> transition) {
        for (int attempt = 1; ; attempt++) {
            try {
                AlertTransitions.Tracked result = transition.get();
                if (result == null
                        || !result.alert().raised()
                                && !"pending".equals(result.alert().state())) {
                    tracked().remove(fingerprint);
                } else {
                    tracked().put(fingerprint, result);
                }
                return;
            } catch (RuntimeException e) {
                if (attempt == 2) {
                    LOG.log(
                            Level.WARNING,
                            "Alert transition of " + fingerprint + " not made; the next evaluation retries",
                            e);
                    return;
                }
            }
        }
    }

    /** Marks which active alerts a silence or an inhibition keeps from being notified. */
    private void mute(Instant now) {
        List<AlertFacts> raised = active().stream().filter(AlertFacts::raised).toList();
        for (AlertFacts alert : active()) {
            String silence = muting.silencedBy(alert, now);
            Long inhibitor = muting.inhibitedBy(alert, raised);
            if (!Objects.equals(silence, alert.silencedBy()) || !Objects.equals(inhibitor, alert.inhibitedBy())) {
                transitions.mute(alert.id(), silence, inhibitor, now);
                AlertTransitions.Tracked known = tracked().get(alert.fingerprint());
                tracked()
                        .put(
                                alert.fingerprint(),
                                new AlertTransitions.Tracked(alert.muted(silence, inhibitor), known.dueAt()));
            }
        }
    }

    private void endExpiredExternals() {
        Instant now = Timestamps.now();
        for (AlertFacts alert : active()) {
            if ("api".equals(alert.origin()) && alert.endsAt() != null && !now.isBefore(alert.endsAt())) {
                locked(() -> track(transitions.resolve(alert.id(), "api", "endsAt passed", now)));
            }
        }
    }

    /** Reads the active alerts from the database: the truth when several instances share it, and after a restart. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void reload() {
        locked(() -> {
            Map<String, AlertTransitions.Tracked> loaded = new LinkedHashMap<>();
            for (Alert alert : store.active()) {
                AlertTransitions.Tracked known = tracked == null ? null : tracked.get(alert.getFingerprint());
                Instant due = known != null ? known.dueAt() : alert.getStartedAt();
                loaded.put(alert.getFingerprint(), new AlertTransitions.Tracked(AlertFacts.of(alert), due));
            }
            tracked = new ConcurrentHashMap<>(loaded);
            return null;
        });
    }

    private AlertFacts track(AlertFacts facts) {
        if (facts.raised() || "pending".equals(facts.state())) {
            AlertTransitions.Tracked known = tracked().get(facts.fingerprint());
            tracked()
                    .put(
                            facts.fingerprint(),
                            new AlertTransitions.Tracked(facts, known == null ? facts.startedAt() : known.dueAt()));
        } else {
            tracked().remove(facts.fingerprint());
        }
        return facts;
    }

    private Map<String, AlertTransitions.Tracked> tracked() {
        if (tracked == null) {
            reload();
        }
        return tracked;
    }

    private <T> T locked(Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
