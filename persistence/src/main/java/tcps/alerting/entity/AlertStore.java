package tcps.alerting.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class AlertStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public Alert find(long id) {
        return em.find(Alert.class, id);
    }

    /** The series row of a fingerprint, locked for this transaction; null when the series never existed. */
    public AlertSeries lockSeries(String fingerprint) {
        return em.find(AlertSeries.class, fingerprint, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Creates the series row; a concurrent creation fails this transaction at the flush (its primary key). */
    public AlertSeries createSeries(String fingerprint, String ruleId) {
        AlertSeries series = new AlertSeries(fingerprint, ruleId);
        em.persist(series);
        em.flush();
        return series;
    }

    public Alert lock(long id) {
        return em.find(Alert.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void save(Alert alert) {
        em.persist(alert);
        em.flush();
    }

    public void record(AlertTransition transition) {
        em.persist(transition);
    }

    /** Pending, firing and acknowledged alerts, oldest first. */
    public List<Alert> active() {
        return em.createQuery(
                        "SELECT a FROM Alert a WHERE a.state <> :resolved ORDER BY a.startedAt, a.id", Alert.class)
                .setParameter("resolved", AlertState.RESOLVED)
                .getResultList();
    }

    public List<AlertTransition> transitions(long alertId) {
        return em.createQuery(
                        "SELECT t FROM AlertTransition t WHERE t.alertId = :id ORDER BY t.at, t.id",
                        AlertTransition.class)
                .setParameter("id", alertId)
                .getResultList();
    }

    /** Newest first. */
    public Slice<Alert> history(AlertFilter filter, int offset, int limit) {
        return new Filter()
                .where("a.ruleId = :rule", "rule", filter.ruleId())
                .where("a.component = :component", "component", filter.component())
                .where("a.severity = :severity", "severity", filter.severity())
                .where("a.state = :state", "state", filter.state())
                .where("a.startedAt >= :from", "from", filter.from())
                .where("a.startedAt < :to", "to", filter.to())
                .slice(
                        em,
                        Alert.class,
                        "SELECT a FROM Alert a",
                        "SELECT COUNT(a) FROM Alert a",
                        "a.startedAt DESC, a.id DESC",
                        offset,
                        limit);
    }

    /** Alerts that fired, per rule, over the kept history: where the fired counters start after a restart. */
    public List<Object[]> firedPerRule() {
        return em.createQuery(
                        "SELECT a.ruleName, COUNT(a) FROM Alert a WHERE a.firedAt IS NOT NULL GROUP BY a.ruleName",
                        Object[].class)
                .getResultList();
    }

    /** Deletes resolved alerts (and their transitions) that resolved before the cutoff. */
    public int purgeResolvedBefore(Instant cutoff) {
        em.createQuery("DELETE FROM AlertTransition t WHERE t.alertId IN "
                        + "(SELECT a.id FROM Alert a WHERE a.state = :resolved AND a.resolvedAt < :cutoff)")
                .setParameter("resolved", AlertState.RESOLVED)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
        return em.createQuery("DELETE FROM Alert a WHERE a.state = :resolved AND a.resolvedAt < :cutoff")
                .setParameter("resolved", AlertState.RESOLVED)
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
