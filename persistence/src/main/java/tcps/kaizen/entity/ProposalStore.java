package tcps.kaizen.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Stateless
public class ProposalStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public ImprovementProposal save(ImprovementProposal proposal) {
        em.persist(proposal);
        em.flush();
        return proposal;
    }

    public Optional<ImprovementProposal> find(long id) {
        return Optional.ofNullable(em.find(ImprovementProposal.class, id));
    }

    /** Newest first; both filters are optional. */
    public List<ImprovementProposal> list(ProposalStatus status, String wasteType, int limit, int offset) {
        List<String> conditions = new ArrayList<>();
        if (status != null) {
            conditions.add("p.status = :status");
        }
        if (wasteType != null) {
            conditions.add("p.wasteType = :wasteType");
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        TypedQuery<ImprovementProposal> query = em.createQuery(
                "SELECT p FROM ImprovementProposal p" + where + " ORDER BY p.proposedAt DESC, p.id DESC",
                ImprovementProposal.class);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (wasteType != null) {
            query.setParameter("wasteType", wasteType);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /** Proposals per status; statuses without proposals are present with 0. */
    public Map<ProposalStatus, Long> countByStatus() {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        for (ProposalStatus status : ProposalStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery("SELECT p.status, COUNT(p) FROM ImprovementProposal p GROUP BY p.status", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((ProposalStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public List<WasteCount> wasteCounts() {
        return em.createQuery(
                        "SELECT NEW tcps.kaizen.entity.WasteCount(p.wasteType, COUNT(p)) FROM ImprovementProposal p"
                                + " GROUP BY p.wasteType",
                        WasteCount.class)
                .getResultList();
    }
}
