package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import tcps.alerting.entity.Alert;
import tcps.alerting.entity.AlertKey;
import tcps.alerting.entity.AlertSeries;
import tcps.alerting.entity.AlertState;
import tcps.alerting.entity.AlertStore;
import tcps.alerting.entity.AlertTransition;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;

/**
 * Every change of an alert, each in its own transaction that first locks the alert's series row: what an evaluation
 * believed is checked against the database under that lock, so concurrent evaluations (threads or instances) never
 * open two alerts for one fingerprint nor fire one twice. Each transition is stored with the alert and announced as an
 * {@link AlertChanged} committed with it.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class AlertTransitions {

    public static final String RULE_ACTOR = "rule";

    @Inject
    AlertStore store;

    @Inject
    Event<AlertChanged> changes;

    /** The condition holds: opens the alert (pending) if none is active, fires it once its time has come. */
    public Tracked holds(Finding finding, Instant now) {
        CompiledRule rule = finding.rule();
        AlertSeries series = series(finding.fingerprint(), rule.id());
        Alert alert = active(series);
        if (alert == null) {
            alert = new Alert(key(finding), "rule", now);
            alert.setThreshold(rule.definition().threshold());
            alert.observed(finding.value(), finding.simulated(), finding.annotations(), now);
            store.save(alert);
            series.setActiveAlertId(alert.getId());
            store.record(new AlertTransition(
                    alert.getId(), null, AlertState.PENDING, RULE_ACTOR, null, finding.value(), now));
        }
        Instant due = dueAt(alert, series, rule);
        if (alert.getState() == AlertState.PENDING && !now.isBefore(due)) {
            alert.observed(finding.value(), finding.simulated(), finding.annotations(), now);
            alert.fire(now);
            series.fired(now);
            store.record(new AlertTransition(
                    alert.getId(), AlertState.PENDING, AlertState.FIRING, RULE_ACTOR, null, finding.value(), now));
            announce(AlertChanged.FIRED, alert, now);
        }
        return new Tracked(AlertFacts.of(alert), due);
    }

    /** The condition no longer holds (or its rule is gone): resolves the series' active alert, if any. */
    public void cleared(String fingerprint, String note, Instant now) {
        AlertSeries series = store.lockSeries(fingerprint);
        Alert alert = series == null ? null : active(series);
        if (alert != null && "rule".equals(alert.getOrigin())) {
            end(series, alert, RULE_ACTOR, note, now);
        }
    }

    public AlertFacts acknowledge(long id, String by, String comment, Instant now) {
        Alert alert = locked(id);
        if (alert.getState() != AlertState.FIRING) {
            throw new InvalidStateTransition(
                    "Alert " + id + " is " + alert.getState().label() + "; only a firing alert can be acknowledged.");
        }
        AlertState from = alert.getState();
        alert.acknowledge(by, comment, now);
        store.record(new AlertTransition(id, from, AlertState.ACKNOWLEDGED, by, comment, alert.getValue(), now));
        announce(AlertChanged.ACKNOWLEDGED, alert, now);
        return AlertFacts.of(alert);
    }

    public AlertFacts resolve(long id, String by, String comment, Instant now) {
        Alert alert = locked(id);
        if (!alert.getState().active()) {
            throw new InvalidStateTransition("Alert " + id + " is already resolved.");
        }
        end(store.lockSeries(alert.getFingerprint()), alert, by, comment, now);
        return AlertFacts.of(alert);
    }

    /** An external system's alert: fires at once, or refreshes (or, with an end in the past, resolves) the active one. */
    public AlertFacts raise(ExternalAlert external, String by, Instant now) {
        String fingerprint = Fingerprints.of(external.ruleId(), external.labels());
        AlertSeries series = series(fingerprint, external.ruleId());
        Alert alert = active(series);
        boolean ended = external.endsAt() != null && !external.endsAt().isAfter(now);
        if (alert == null) {
            if (ended) {
                return null;
            }
            alert = new Alert(
                    new AlertKey(
                            fingerprint,
                            external.ruleId(),
                            external.name(),
                            external.component(),
                            external.severity(),
                            external.labels()),
                    "api",
                    now);
            alert.observed(null, false, external.annotations(), now);
            store.save(alert);
            series.setActiveAlertId(alert.getId());
            alert.fire(now);
            series.fired(now);
            store.record(new AlertTransition(alert.getId(), null, AlertState.FIRING, by, null, null, now));
            announce(AlertChanged.FIRED, alert, now);
        } else {
            alert.observed(null, false, external.annotations(), now);
        }
        alert.endsAt(external.endsAt());
        if (ended) {
            end(series, alert, by, "ended", now);
        }
        return AlertFacts.of(alert);
    }

    /** Records which silence or inhibiting alert keeps this alert from being notified (nulls: none). */
    public void mute(long id, String silence, Long inhibitor, Instant now) {
        Alert alert = store.lock(id);
        if (alert != null && alert.getState().active()) {
            alert.mute(silence, inhibitor, now);
        }
    }

    private void end(AlertSeries series, Alert alert, String by, String note, Instant now) {
        AlertState from = alert.getState();
        alert.resolve(by, now);
        if (series != null) {
            series.setActiveAlertId(null);
        }
        store.record(new AlertTransition(alert.getId(), from, AlertState.RESOLVED, by, note, alert.getValue(), now));
        if (from.raised()) {
            announce(AlertChanged.RESOLVED, alert, now);
        }
    }

    private Alert locked(long id) {
        Alert alert = store.find(id);
        if (alert == null) {
            throw new UnknownEntity("alert", String.valueOf(id));
        }
        store.lockSeries(alert.getFingerprint());
        return store.lock(id);
    }

    private AlertSeries series(String fingerprint, String ruleId) {
        AlertSeries series = store.lockSeries(fingerprint);
        return series != null ? series : store.createSeries(fingerprint, ruleId);
    }

    private Alert active(AlertSeries series) {
        if (series.getActiveAlertId() == null) {
            return null;
        }
        Alert alert = store.lock(series.getActiveAlertId());
        return alert != null && alert.getState().active() ? alert : null;
    }

    /** When a pending alert may fire: once its condition held for the rule's {@code for} and its cooldown is over. */
    static Instant dueAt(Alert alert, AlertSeries series, CompiledRule rule) {
        Instant held = alert.getStartedAt().plus(rule.forDuration());
        Instant cooled =
                series.getLastFiredAt() == null ? held : series.getLastFiredAt().plus(rule.cooldown());
        return held.isAfter(cooled) ? held : cooled;
    }

    private static AlertKey key(Finding finding) {
        CompiledRule rule = finding.rule();
        return new AlertKey(
                finding.fingerprint(),
                rule.id(),
                rule.definition().name(),
                rule.definition().component(),
                rule.definition().severity(),
                finding.labels());
    }

    private void announce(String kind, Alert alert, Instant now) {
        changes.fire(new AlertChanged(kind, AlertFacts.of(alert), now));
    }

    /** An alert as an evaluation keeps it between evaluations, and when it may fire if pending. */
    public record Tracked(AlertFacts alert, Instant dueAt) {}
}
