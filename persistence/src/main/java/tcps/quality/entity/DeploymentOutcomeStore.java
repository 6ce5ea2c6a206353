package tcps.quality.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
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
    public Slice<DeploymentOutcome> list(Long workOrderId, String skuId, String environment, int limit, int offset) {
        return new Filter()
                .where("d.workOrderId = :workOrderId", "workOrderId", workOrderId)
                .where("d.skuId = :skuId", "skuId", skuId)
                .where("d.environment = :environment", "environment", environment)
                .slice(
                        em,
                        DeploymentOutcome.class,
                        "SELECT d FROM DeploymentOutcome d",
                        "SELECT COUNT(d) FROM DeploymentOutcome d",
                        "d.recordedAt DESC, d.id DESC",
                        offset,
                        limit);
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
