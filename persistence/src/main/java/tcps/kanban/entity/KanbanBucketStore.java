package tcps.kanban.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class KanbanBucketStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public List<KanbanBucket> all() {
        return em.createQuery("SELECT b FROM KanbanBucket b ORDER BY b.name", KanbanBucket.class)
                .getResultList();
    }

    public Optional<KanbanBucket> find(String name) {
        return Optional.ofNullable(em.find(KanbanBucket.class, name));
    }

    /** Row-locked until the transaction ends: every WIP change of a bucket goes through here. */
    public Optional<KanbanBucket> lock(String name) {
        return Optional.ofNullable(em.find(KanbanBucket.class, name, LockModeType.PESSIMISTIC_WRITE));
    }

    public KanbanBucket add(KanbanBucket bucket) {
        em.persist(bucket);
        return bucket;
    }
}
