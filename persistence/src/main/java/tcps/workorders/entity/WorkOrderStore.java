package tcps.workorders.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class WorkOrderStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    private final IdBlock ids = new IdBlock();

    /**
     * Ids come from the sequence on the calling transaction's own connection, and only when the reserved ones ran out
     * (see {@link IdBlock}). EclipseLink's block allocation would queue every transaction behind one lock and a second
     * connection.
     */
    public void addAll(List<WorkOrder> workOrders) {
        List<Long> reserved = ids.take(workOrders.size(), this::reserveIds);
        for (int i = 0; i < workOrders.size(); i++) {
            workOrders.get(i).assignId(reserved.get(i));
            em.persist(workOrders.get(i));
        }
    }

    /** For a restore: the restored rows may come from another database whose ids reach into the reserved ones. */
    public void discardReservedIds() {
        ids.clear();
    }

    private List<Long> reserveIds(int count) {
        // The same statement runs on PostgreSQL and H2.
        return em.createNativeQuery("SELECT nextval('work_order_seq') FROM generate_series(1, ?1)")
                .setParameter(1, count)
                .getResultStream()
                .map(id -> ((Number) id).longValue())
                .toList();
    }

    public Optional<WorkOrder> find(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id));
    }

    /** Locked for the rest of the transaction, so concurrent commands on one work order run one after the other. */
    public Optional<WorkOrder> findForUpdate(long id) {
        return Optional.ofNullable(em.find(WorkOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** The next work order a bucket pulls: highest priority first, then oldest; work stopped by an Andon waits. */
    public Optional<WorkOrder> nextQueued(String bucket) {
        return em.createQuery(
                        "SELECT w FROM WorkOrder w WHERE w.bucket = :bucket AND w.status = :queued AND w.blockers = 0"
                                + " ORDER BY w.priority, w.createdAt, w.id",
                        WorkOrder.class)
                .setParameter("bucket", bucket)
                .setParameter("queued", WorkOrderStatus.QUEUED)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** Running work whose SKU starts with {@code prefix} (no wildcards), oldest first, at most {@code max}. */
    public List<WorkOrder> inProgressWithSkuPrefix(String prefix, int max) {
        return em.createQuery(
                        "SELECT w FROM WorkOrder w WHERE w.status = :running AND w.skuId LIKE :prefix"
                                + " ORDER BY w.createdAt, w.id",
                        WorkOrder.class)
                .setParameter("running", WorkOrderStatus.IN_PROGRESS)
                .setParameter("prefix", prefix + "%")
                .setMaxResults(max)
                .getResultList();
    }

    /** Whether any work waits in the bucket's queue: reads one row, where a count reads the whole queue. */
    public boolean hasQueued(String bucket) {
        return !em.createQuery(
                        "SELECT w.id FROM WorkOrder w WHERE w.bucket = :bucket AND w.status = :queued", Long.class)
                .setParameter("bucket", bucket)
                .setParameter("queued", WorkOrderStatus.QUEUED)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public long countQueued(String bucket) {
        return em.createQuery(
                        "SELECT COUNT(w) FROM WorkOrder w WHERE w.bucket = :bucket AND w.status = :queued", Long.class)
                .setParameter("bucket", bucket)
                .setParameter("queued", WorkOrderStatus.QUEUED)
                .getSingleResult();
    }

    /**
     * Created in [{@code from}, {@code to}) after the row ({@code afterCreatedAt}, {@code afterId}), oldest first, at
     * most {@code max}: one chunk of a long read. Null {@code afterCreatedAt} starts at the beginning of the range;
     * paging by key instead of offset keeps each chunk as cheap as the first.
     */
    public List<WorkOrder> createdBetween(Instant from, Instant to, Instant afterCreatedAt, long afterId, int max) {
        String after = afterCreatedAt == null
                ? ""
                : " AND (w.createdAt > :afterAt OR (w.createdAt = :afterAt AND w.id > :afterId))";
        var query = em.createQuery(
                        "SELECT w FROM WorkOrder w WHERE w.createdAt >= :from AND w.createdAt < :to" + after
                                + " ORDER BY w.createdAt, w.id",
                        WorkOrder.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setMaxResults(max);
        if (afterCreatedAt != null) {
            query.setParameter("afterAt", afterCreatedAt).setParameter("afterId", afterId);
        }
        return query.getResultList();
    }

    /** Newest first. */
    public Slice<WorkOrder> list(WorkOrderFilter filter, int offset, int limit) {
        return new Filter()
                .where("w.status = :status", "status", filter.status())
                .where("w.bucket = :bucket", "bucket", filter.bucket())
                .where("w.skuId = :skuId", "skuId", filter.skuId())
                .where("w.createdAt >= :from", "from", filter.from())
                .where("w.createdAt < :to", "to", filter.to())
                .slice(
                        em,
                        WorkOrder.class,
                        "SELECT w FROM WorkOrder w",
                        "SELECT COUNT(w) FROM WorkOrder w",
                        "w.createdAt DESC, w.id DESC",
                        offset,
                        limit);
    }
}
