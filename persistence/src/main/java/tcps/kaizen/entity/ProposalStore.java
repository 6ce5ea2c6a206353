package tcps.kaizen.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
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

    public Slice<ImprovementProposal> list(ProposalStatus status, String wasteType, int limit, int offset) {
        return new Filter()
                .where("p.status = :status", "status", status)
                .where("p.wasteType = :wasteType", "wasteType", wasteType)
                .slice(
                        em,
                        ImprovementProposal.class,
                        "SELECT p FROM ImprovementProposal p",
                        "SELECT COUNT(p) FROM ImprovementProposal p",
                        "p.proposedAt DESC, p.id DESC",
                        offset,
                        limit);
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
