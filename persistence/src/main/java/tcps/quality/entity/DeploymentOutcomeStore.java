package tcps.quality.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class DeploymentOutcomeStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public DeploymentOutcome save(DeploymentOutcome outcome) {
        em.persist(outcome);
        em.flush();
        return outcome;
    }

    public Optional<DeploymentOutcome> find(long id) {
        return Optional.ofNullable(em.find(DeploymentOutcome.class, id));
    }

    /** Newest first; every filter is optional. */
    public List<DeploymentOutcome> list(Long workOrderId, String skuId, String environment, int limit, int offset) {
        List<String> conditions = new ArrayList<>();
        if (workOrderId != null) {
            conditions.add("d.workOrderId = :workOrderId");
        }
        if (skuId != null) {
            conditions.add("d.skuId = :skuId");
        }
        if (environment != null) {
            conditions.add("d.environment = :environment");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<DeploymentOutcome> query = em.createQuery(
                "SELECT d FROM DeploymentOutcome d" + where + " ORDER BY d.recordedAt DESC, d.id DESC",
                DeploymentOutcome.class);
        if (workOrderId != null) {
            query.setParameter("workOrderId", workOrderId);
        }
        if (skuId != null) {
            query.setParameter("skuId", skuId);
        }
        if (environment != null) {
            query.setParameter("environment", environment);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Native for the same reason as {@link QualityGateResultStore#tally}: a portable boolean test. */
    public DeploymentTally tally(String skuId, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN success THEN 1 ELSE 0 END)"
                        + " FROM quality_deployment WHERE recorded_at >= ?1 AND recorded_at <= ?2"
                        + (skuId == null ? "" : " AND sku_id = ?3"))
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to));
        if (skuId != null) {
            query.setParameter(3, skuId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new DeploymentTally(asLong(row[0]), asLong(row[1]));
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
