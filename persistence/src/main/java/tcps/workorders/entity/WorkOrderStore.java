package tcps.workorders.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@Stateless
public class WorkOrderStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public WorkOrder add(WorkOrder workOrder) {
        em.persist(workOrder);
        return workOrder;
    }

    public Optional<WorkOrder> find(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id));
    }

    /** Locked for the rest of the transaction, so concurrent commands on one work order run one after the other. */
    public Optional<WorkOrder> findForUpdate(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The next work order a bucket pulls: highest priority first, then oldest. */
    public Optional<WorkOrder> nextQueued(String bucket) {
        return em.createQuery(
                        "SELECT w FROM WorkOrder w WHERE w.bucket = :bucket AND w.status = :queued"
                                + " ORDER BY w.priority, w.createdAt, w.id",
                        WorkOrder.class)
                .setParameter("bucket", bucket)
                .setParameter("queued", WorkOrderStatus.QUEUED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    public long countQueued(String bucket) {
        return em.createQuery(
                        "SELECT COUNT(w) FROM WorkOrder w WHERE w.bucket = :bucket AND w.status = :queued", Long.class)
                .setParameter("bucket", bucket)
                .setParameter("queued", WorkOrderStatus.QUEUED)
                .getSingleResult();
    }

    /** Newest first. */
    public List<WorkOrder> list(WorkOrderFilter filter, int offset, int limit) {
        TypedQuery<WorkOrder> query = em.createQuery(
                "SELECT w FROM WorkOrder w" + where(filter) + " ORDER BY w.createdAt DESC, w.id DESC", WorkOrder.class);
        bind(filter, query::setParameter);
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(WorkOrderFilter filter) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(w) FROM WorkOrder w" + where(filter), Long.class);
        bind(filter, query::setParameter);
        return query.getSingleResult();
    }

    private static String where(WorkOrderFilter filter) {
        List<String> conditions = new ArrayList<>();
        if (filter.status() != null) conditions.add("w.status = :status");
        if (filter.bucket() != null) conditions.add("w.bucket = :bucket");
        if (filter.skuId() != null) conditions.add("w.skuId = :skuId");
        if (filter.from() != null) conditions.add("w.createdAt >= :from");
        if (filter.to() != null) conditions.add("w.createdAt < :to");
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    private static void bind(WorkOrderFilter filter, Binder query) {
        if (filter.status() != null) query.bind("status", filter.status());
        if (filter.bucket() != null) query.bind("bucket", filter.bucket());
        if (filter.skuId() != null) query.bind("skuId", filter.skuId());
        if (filter.from() != null) query.bind("from", filter.from());
        if (filter.to() != null) query.bind("to", filter.to());
    }

    @FunctionalInterface
    private interface Binder {
        Object bind(String name, Object value);
    }
}
