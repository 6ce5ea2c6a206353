package tcps.kaizen.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

@Stateless
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

    /** Newest first; {@code wasteType} is optional. */
    public List<Improvement> list(String wasteType, int limit, int offset) {
        String where = wasteType == null ? "" : " WHERE i.wasteType = :wasteType";
        TypedQuery<Improvement> query = em.createQuery(
                "SELECT i FROM Improvement i" + where + " ORDER BY i.implementedAt DESC, i.id DESC", Improvement.class);
        if (wasteType != null) {
            query.setParameter("wasteType", wasteType);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public ImprovementTally tally() {
        Object[] row = em.createQuery(
                        "SELECT COUNT(i), SUM(CASE WHEN i.automated = TRUE THEN 1 ELSE 0 END), COUNT(i.reduction),"
                                + " AVG(i.reduction)"
                                + " FROM Improvement i",
                        Object[].class)
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
