package tcps.health.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The counts the receipts check compares: every passed stage should have issued exactly one receipt. */
@ApplicationScoped
public class ReceiptCoverageStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public long passedStages() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stage_visit WHERE outcome = 'PASSED'")
                        .getSingleResult())
                .longValue();
    }

    public long receipts() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM receipt").getSingleResult()).longValue();
    }

    /** The SKUs whose chains grew last, newest first: the chains a check verifies when it cannot verify all. */
    public List<String> recentlyChainedSkus(int max) {
        return em.createQuery("SELECT r.skuId FROM Receipt r GROUP BY r.skuId ORDER BY MAX(r.id) DESC", String.class)
                .setMaxResults(max)
                .getResultList();
    }

    public long chainedSkus() {
        return em.createQuery("SELECT COUNT(DISTINCT r.skuId) FROM Receipt r", Long.class)
                .getSingleResult();
    }
}
