package tcps.alerting.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

@ApplicationScoped
public class AlertRuleStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public List<AlertRule> all() {
        return em.createQuery("SELECT r FROM AlertRule r ORDER BY r.id", AlertRule.class)
                .getResultList();
    }

    public AlertRule find(String id) {
        return em.find(AlertRule.class, id);
    }

    public void save(AlertRule rule) {
        em.persist(rule);
        em.flush();
    }

    public void delete(AlertRule rule) {
        em.remove(rule);
        em.flush();
    }

    /** A fingerprint of every rule's id and version: changes when any rule is added, changed or deleted. */
    public String versions() {
        return em
                .createQuery("SELECT r.id, r.version FROM AlertRule r ORDER BY r.id", Object[].class)
                .getResultList()
                .stream()
                .map(row -> row[0] + ":" + row[1])
                .reduce("", (a, b) -> a + "," + b);
    }
}
