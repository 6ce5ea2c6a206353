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
public class QualityGateResultStore {

    /** The gate whose pass rate is reported on its own as the security-scan pass rate. */
    public static final String SECURITY_SCAN = "security_scan";

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public QualityGateResult save(QualityGateResult result) {
        em.persist(result);
        em.flush();
        return result;
    }

    public Optional<QualityGateResult> find(long id) {
        return Optional.ofNullable(em.find(QualityGateResult.class, id));
    }

    public Slice<QualityGateResult> list(Long workOrderId, String skuId, String gate, int limit, int offset) {
        return new Filter()
                .where("r.workOrderId = :workOrderId", "workOrderId", workOrderId)
                .where("r.skuId = :skuId", "skuId", skuId)
                .where("r.gate = :gate", "gate", gate)
                .slice(
                        em,
                        QualityGateResult.class,
                        "SELECT r FROM QualityGateResult r",
                        "SELECT COUNT(r) FROM QualityGateResult r",
                        "r.recordedAt DESC, r.id DESC",
                        offset,
                        limit);
    }

    /**
     * One native query: EclipseLink writes boolean tests in a JPQL select clause as "= 1", which H2 rejects, while
     * plain SQL CASE WHEN on a BOOLEAN column is accepted by both H2 and PostgreSQL.
     */
    public GateTally tally(String skuId, Instant from, Instant to) {
        Query query = em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN passed THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN defects_found > 0 THEN 1 ELSE 0 END), AVG(coverage_percent),"
                        + " SUM(tests_run), SUM(tests_passed),"
                        + " SUM(CASE WHEN gate = ?3 THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN gate = ?3 AND passed THEN 1 ELSE 0 END)"
                        + " FROM quality_gate_result WHERE recorded_at >= ?1 AND recorded_at <= ?2"
                        + (skuId == null ? "" : " AND sku_id = ?4"))
                .setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(to))
                .setParameter(3, SECURITY_SCAN);
        if (skuId != null) {
            query.setParameter(4, skuId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new GateTally(
                asLong(row[0]),
                asLong(row[1]),
                asLong(row[2]),
                row[3] == null ? null : ((Number) row[3]).doubleValue(),
                asLong(row[4]),
                asLong(row[5]),
                asLong(row[6]),
                asLong(row[7]));
    }

    /**
     * First-pass yield counted in SQL: per work order, only the first result (earliest, then lowest id) at each stage
     * and gate within the window is looked at; the work order passed first time when none of those failed.
     */
    public FirstPassTally firstPass(String skuId, Instant from, Instant to) {
        String inWindow = " AND %1$s.recorded_at >= ?1 AND %1$s.recorded_at <= ?2";
        String sql = "SELECT COUNT(*), SUM(CASE WHEN first_failures = 0 THEN 1 ELSE 0 END) FROM ("
                + " SELECT r.work_order_id, SUM(CASE WHEN r.passed THEN 0 ELSE 1 END) AS first_failures"
                + " FROM quality_gate_result r WHERE 1 = 1" + inWindow.formatted("r")
                + (skuId == null ? "" : " AND r.sku_id = ?3")
                + " AND NOT EXISTS (SELECT 1 FROM quality_gate_result e"
                + " WHERE e.work_order_id = r.work_order_id AND e.stage = r.stage AND e.gate = r.gate"
                + inWindow.formatted("e")
                + " AND (e.recorded_at < r.recorded_at OR (e.recorded_at = r.recorded_at AND e.id < r.id)))"
                + " GROUP BY r.work_order_id) first_results";
        Query query =
                em.createNativeQuery(sql).setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to));
        if (skuId != null) {
            query.setParameter(3, skuId);
        }
        Object[] row = (Object[]) query.getSingleResult();
        return new FirstPassTally(asLong(row[0]), asLong(row[1]));
    }

    static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
