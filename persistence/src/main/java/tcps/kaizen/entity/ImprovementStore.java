package tcps.kaizen.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class ImprovementStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public Improvement save(Improvement improvement) {
        em.persist(improvement);
        em.flush();
        return improvement;
    }

    public Optional<Improvement> find(long id) {
        return Optional.ofNullable(em.find(Improvement.class, id));
    }

    public Slice<Improvement> list(String wasteType, int limit, int offset) {
        return new Filter()
                .where("i.wasteType = :wasteType", "wasteType", wasteType)
                .slice(
                        em,
                        Improvement.class,
                        "SELECT i FROM Improvement i",
                        "SELECT COUNT(i) FROM Improvement i",
                        "i.implementedAt DESC, i.id DESC",
                        offset,
                        limit);
    }

    /**
     * Native: EclipseLink writes boolean tests in a JPQL select clause as "= 1", which H2 rejects, while plain SQL
     * CASE WHEN on a BOOLEAN column is accepted by both H2 and PostgreSQL.
     */
    public ImprovementTally tally() {
        Object[] row = (Object[])
                em.createNativeQuery("SELECT COUNT(*), SUM(CASE WHEN automated THEN 1 ELSE 0 END), COUNT(reduction),"
                                + " AVG(reduction) FROM kaizen_improvement")
                        .getSingleResult();
        return new ImprovementTally(
                asLong(row[0]),
                asLong(row[1]),
                asLong(row[2]),
                row[3] == null ? null : ((Number) row[3]).doubleValue());
    }

    /** Waste types of improvements made without a proposal: those with one are counted through the proposal. */
    public List<WasteCount> directWasteCounts() {
        return em.createQuery(
                        "SELECT NEW tcps.kaizen.entity.WasteCount(i.wasteType, COUNT(i)) FROM Improvement i"
                                + " WHERE i.proposalId IS NULL GROUP BY i.wasteType",
                        WasteCount.class)
                .getResultList();
    }

    private static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
