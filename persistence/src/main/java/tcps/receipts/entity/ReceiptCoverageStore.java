package tcps.receipts.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * What the receipts check reads: passed stages without their receipt, and the chained SKUs it verifies (those that
 * grew last, and the next ones of a sweep over every SKU in id order).
 */
@ApplicationScoped
public class ReceiptCoverageStore {

    private static final String WITHOUT_RECEIPT = " FROM stage_visit v WHERE v.outcome = 'PASSED' AND NOT EXISTS"
            + " (SELECT 1 FROM receipt r WHERE r.work_order_id = v.work_order_id AND r.stage = v.stage)";

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public long passedStagesWithoutReceipt() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*)" + WITHOUT_RECEIPT)
                        .getSingleResult())
                .longValue();
    }

    /** Up to {@code max} of them as {@code work order id/stage}, oldest visit first: where to look. */
    public List<String> passedStagesWithoutReceiptSample(int max) {
        List<?> rows = em.createNativeQuery("SELECT v.work_order_id, v.stage" + WITHOUT_RECEIPT + " ORDER BY v.id")
                .setMaxResults(max)
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(row -> row[0] + "/" + row[1])
                .toList();
    }

    /** The SKUs whose chains grew last, newest first: the chains a check verifies when it cannot verify all. */
    public List<String> recentlyChainedSkus(int max) {
        return em.createQuery("SELECT r.skuId FROM Receipt r GROUP BY r.skuId ORDER BY MAX(r.id) DESC", String.class)
                .setMaxResults(max)
                .getResultList();
    }

    /** The next chained SKUs after {@code after} in id order (from the first when null): one step of a sweep. */
    public List<String> chainedSkusAfter(String after, int max) {
        return em.createQuery(
                        "SELECT DISTINCT r.skuId FROM Receipt r WHERE r.skuId > :after ORDER BY r.skuId", String.class)
                .setParameter("after", after == null ? "" : after)
                .setMaxResults(max)
                .getResultList();
    }

    public long chainedSkus() {
        return em.createQuery("SELECT COUNT(DISTINCT r.skuId) FROM Receipt r", Long.class)
                .getSingleResult();
    }
}
