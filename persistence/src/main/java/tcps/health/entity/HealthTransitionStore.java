package tcps.health.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

/** The history of component status changes. */
@ApplicationScoped
public class HealthTransitionStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    /**
     * Writes the transitions in one transaction: a status change is recorded whole or not at all. The background
     * check runs outside any transaction, so this write brings its own.
     */
    @Transactional
    public void record(List<HealthTransition> transitions) {
        transitions.forEach(em::persist);
        em.flush();
    }

    /** Each component's status as last recorded, so a restart does not count as a change. */
    public Map<String, HealthStatus> lastStatuses() {
        Map<String, HealthStatus> last = new HashMap<>();
        em.createQuery(
                        "SELECT t FROM HealthTransition t WHERE t.id IN"
                                + " (SELECT MAX(u.id) FROM HealthTransition u GROUP BY u.component)",
                        HealthTransition.class)
                .getResultList()
                .forEach(t -> last.put(t.getComponent(), t.getTo()));
        return last;
    }

    /** Newest first; {@code component}, {@code from} (inclusive) and {@code to} (exclusive) are optional. */
    public Slice<HealthTransition> history(String component, Instant from, Instant to, int offset, int limit) {
        return new Filter()
                .where("t.component = :component", "component", component)
                .where("t.changedAt >= :from", "from", from)
                .where("t.changedAt < :to", "to", to)
                .slice(
                        em,
                        HealthTransition.class,
                        "SELECT t FROM HealthTransition t",
                        "SELECT COUNT(t) FROM HealthTransition t",
                        "t.changedAt DESC, t.id DESC",
                        offset,
                        limit);
    }
}
