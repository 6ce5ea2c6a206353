package tcps.tpm.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class MaintenanceTaskStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public MaintenanceTask save(MaintenanceTask task) {
        em.persist(task);
        em.flush();
        return task;
    }

    public Optional<MaintenanceTask> find(long id) {
        return Optional.ofNullable(em.find(MaintenanceTask.class, id));
    }

    public Slice<MaintenanceTask> list(String component, TaskStatus status, Instant now, int limit, int offset) {
        return new Filter()
                .where("t.component = :component", "component", component)
                .where(status == TaskStatus.OPEN, "t.completedAt IS NULL")
                .where(status == TaskStatus.COMPLETED, "t.completedAt IS NOT NULL")
                .where("t.completedAt IS NULL AND t.dueAt < :now", "now", status == TaskStatus.OVERDUE ? now : null)
                .slice(
                        em,
                        MaintenanceTask.class,
                        "SELECT t FROM MaintenanceTask t",
                        "SELECT COUNT(t) FROM MaintenanceTask t",
                        "t.dueAt DESC, t.id DESC",
                        offset,
                        limit);
    }

    /** Counted in the database: tasks due in [from, to] and those completed no later than their due time. */
    public MaintenanceTally tally(String component, Instant from, Instant to) {
        TypedQuery<Object[]> query = em.createQuery(
                        "SELECT COUNT(t), SUM(CASE WHEN t.completedAt IS NOT NULL AND t.completedAt <= t.dueAt"
                                + " THEN 1 ELSE 0 END) FROM MaintenanceTask t"
                                + " WHERE t.dueAt >= :from AND t.dueAt <= :to" + componentClause(component),
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to);
        Object[] row = withComponent(query, component).getSingleResult();
        return new MaintenanceTally(asLong(row[0]), asLong(row[1]));
    }

    /**
     * The latest completion of any task (of one component when given), however long ago. Read through the entity, not
     * with MAX(): an aggregate bypasses the column's type, and H2 then hands the converter an OffsetDateTime.
     */
    public Optional<Instant> lastCompletion(String component) {
        TypedQuery<MaintenanceTask> query = em.createQuery(
                "SELECT t FROM MaintenanceTask t WHERE t.completedAt IS NOT NULL" + componentClause(component)
                        + " ORDER BY t.completedAt DESC, t.id DESC",
                MaintenanceTask.class);
        return withComponent(query, component).setMaxResults(1).getResultList().stream()
                .findFirst()
                .map(MaintenanceTask::getCompletedAt);
    }

    // A null parameter in "(:c IS NULL OR ...)" has no type PostgreSQL can infer, so the clause is left out instead.
    private static String componentClause(String component) {
        return component == null ? "" : " AND t.component = :component";
    }

    private static <T> TypedQuery<T> withComponent(TypedQuery<T> query, String component) {
        return component == null ? query : query.setParameter("component", component);
    }

    static long asLong(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
