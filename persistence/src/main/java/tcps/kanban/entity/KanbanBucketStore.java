package tcps.kanban.entity;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.platform.database.PostgreSQLPlatform;
import org.eclipse.persistence.sessions.Session;

@ApplicationScoped
public class KanbanBucketStore {

    // The key of this transaction's locked bucket names
    private static final Object LOCKED = KanbanBucketStore.class.getName() + ".locked";

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    private volatile String rowLock;

    public List<KanbanBucket> all() {
        return em.createQuery("SELECT b FROM KanbanBucket b ORDER BY b.name", KanbanBucket.class)
                .getResultList();
    }

    public Optional<KanbanBucket> find(String name) {
        return Optional.ofNullable(em.find(KanbanBucket.class, name));
    }

    /**
     * Row-locked until the transaction ends: every WIP change of a bucket goes through here. On PostgreSQL the lock
     * is FOR NO KEY UPDATE: inserting a work order key-share locks its bucket (the foreign key), and FOR UPDATE waits
     * for those, so two transactions that each added work to a bucket and then pulled from it would deadlock.
     */
    public Optional<KanbanBucket> lock(String name) {
        if (lockedInThisTransaction().contains(name)) {
            return find(name); // locked, read fresh and perhaps changed since: kept as it is
        }
        List<?> locked = em.createNativeQuery("SELECT name FROM kanban_bucket WHERE name = ?1 " + rowLock())
                .setParameter(1, name)
                .getResultList();
        if (locked.isEmpty()) {
            return Optional.empty();
        }
        lockedInThisTransaction().add(name);
        KanbanBucket bucket = em.find(KanbanBucket.class, name);
        em.refresh(bucket); // a read before the lock may be stale
        return Optional.of(bucket);
    }

    @SuppressWarnings("unchecked")
    private Set<String> lockedInThisTransaction() {
        Set<String> names = (Set<String>) transaction.getResource(LOCKED);
        if (names == null) {
            names = new HashSet<>();
            transaction.putResource(LOCKED, names);
        }
        return names;
    }

    private String rowLock() {
        String clause = rowLock;
        if (clause == null) {
            // The platform EclipseLink detected at login: the transaction's own connection may not exist yet (the
            // first lock after start-up can come before anything else in its transaction touched the database)
            boolean postgres = em.unwrap(Session.class).getDatasourcePlatform() instanceof PostgreSQLPlatform;
            clause = postgres ? "FOR NO KEY UPDATE" : "FOR UPDATE";
            rowLock = clause;
        }
        return clause;
    }

    public KanbanBucket add(KanbanBucket bucket) {
        em.persist(bucket);
        return bucket;
    }
}
