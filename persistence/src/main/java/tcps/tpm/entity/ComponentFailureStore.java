package tcps.tpm.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class ComponentFailureStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public ComponentFailure save(ComponentFailure failure) {
        em.persist(failure);
        em.flush();
        return failure;
    }

    public Optional<ComponentFailure> find(long id) {
        return Optional.ofNullable(em.find(ComponentFailure.class, id));
    }

    /** Newest first; {@code recovered} null lists both open and recovered failures. */
    public Slice<ComponentFailure> list(String component, Boolean recovered, int limit, int offset) {
        return new Filter()
                .where("f.component = :component", "component", component)
                .where(Boolean.TRUE.equals(recovered), "f.recoveredAt IS NOT NULL")
                .where(Boolean.FALSE.equals(recovered), "f.recoveredAt IS NULL")
                .slice(
                        em,
                        ComponentFailure.class,
                        "SELECT f FROM ComponentFailure f",
                        "SELECT COUNT(f) FROM ComponentFailure f",
                        "f.failedAt DESC, f.id DESC",
                        offset,
                        limit);
    }

    /**
     * The spans of failures that overlap [from, to]: downtime needs interval arithmetic that JPQL cannot express
     * portably, and failures in one window are few, so this stays small whatever the history size. Entities are read
     * rather than a constructor expression, which would hand the converter H2's raw OffsetDateTime.
     */
    public List<FailureSpan> overlapping(String component, Instant from, Instant to) {
        String byComponent = component == null ? "" : " AND f.component = :component";
        TypedQuery<ComponentFailure> query = em.createQuery(
                        "SELECT f FROM ComponentFailure f"
                                + " WHERE f.failedAt <= :to AND (f.recoveredAt IS NULL OR f.recoveredAt >= :from)"
                                + byComponent + " ORDER BY f.failedAt",
                        ComponentFailure.class)
                .setParameter("from", from)
                .setParameter("to", to);
        if (component != null) {
            query.setParameter("component", component);
        }
        return query.getResultList().stream()
                .map(f -> new FailureSpan(f.getFailedAt(), f.getRecoveredAt()))
                .toList();
    }
}
