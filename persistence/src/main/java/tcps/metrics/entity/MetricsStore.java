package tcps.metrics.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tcps.storage.entity.InstantConverter;
import tcps.workorders.entity.WorkOrderStatus;

/**
 * The aggregate and range reads the metrics aggregator rebuilds itself from: counts by status, and the rows of the
 * sliding window only (indexed by V8), never the whole history.
 */
@ApplicationScoped
public class MetricsStore {

    private static final InstantConverter INSTANTS = new InstantConverter();

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    /** Every status: also reads the ended work orders' part of the status index, so a full reconciliation only. */
    public WorkOrderCounts countAll() {
        WorkOrderCounts open = countOpen();
        Map<WorkOrderStatus, Long> byStatus = zeros(List.of(WorkOrderStatus.values()));
        byStatus.putAll(open.byStatus());
        List<?> rows = em.createNativeQuery("SELECT status, COUNT(*) FROM work_order"
                        + " WHERE status NOT IN ('QUEUED', 'IN_PROGRESS', 'BLOCKED') GROUP BY status")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            byStatus.put(WorkOrderStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
        return new WorkOrderCounts(byStatus, open.queuedByBucket());
    }

    /**
     * The statuses of work that has not ended, and the queued work by bucket: one pass over a small range of the
     * status index, whatever the history.
     */
    public WorkOrderCounts countOpen() {
        Map<WorkOrderStatus, Long> byStatus =
                zeros(List.of(WorkOrderStatus.QUEUED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.BLOCKED));
        Map<String, Long> queued = new TreeMap<>();
        List<?> rows = em.createNativeQuery("SELECT status, bucket, COUNT(*) FROM work_order"
                        + " WHERE status IN ('QUEUED', 'IN_PROGRESS', 'BLOCKED') GROUP BY status, bucket")
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            WorkOrderStatus status = WorkOrderStatus.valueOf((String) columns[0]);
            long count = ((Number) columns[2]).longValue();
            byStatus.merge(status, count, Long::sum);
            if (status == WorkOrderStatus.QUEUED) {
                queued.put((String) columns[1], count);
            }
        }
        return new WorkOrderCounts(byStatus, queued);
    }

    private static Map<WorkOrderStatus, Long> zeros(List<WorkOrderStatus> statuses) {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        statuses.forEach(status -> counts.put(status, 0L));
        return counts;
    }

    /** Work orders completed at or after {@code from}. */
    public List<CompletedWorkOrder> completedSince(Instant from) {
        List<?> rows = em.createNativeQuery("SELECT created_at, started_at, completed_at FROM work_order"
                        + " WHERE completed_at >= ? AND status = 'COMPLETED'")
                .setParameter(1, Timestamp.from(from))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new CompletedWorkOrder(instant(columns[0]), instant(columns[1]), instant(columns[2])))
                .toList();
    }

    /** Stage visits that ended at or after {@code from}. */
    public List<FinishedVisit> visitsEndedSince(Instant from) {
        List<?> rows = em.createNativeQuery("SELECT stage, entered_at, exited_at FROM stage_visit WHERE exited_at >= ?")
                .setParameter(1, Timestamp.from(from))
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new FinishedVisit((String) columns[0], instant(columns[1]), instant(columns[2])))
                .toList();
    }

    /** Work orders in progress or blocked after starting, with the stage they are in and since when. */
    public List<StartedWorkOrder> started() {
        List<?> rows = em.createNativeQuery("SELECT w.id, w.stage, v.entered_at FROM work_order w"
                        + " LEFT JOIN stage_visit v ON v.work_order_id = w.id AND v.exited_at IS NULL"
                        + " WHERE w.status IN ('IN_PROGRESS', 'BLOCKED') AND w.stage IS NOT NULL")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new StartedWorkOrder(
                        ((Number) columns[0]).longValue(), (String) columns[1], instant(columns[2])))
                .toList();
    }

    private static Instant instant(Object column) {
        return INSTANTS.convertToEntityAttribute(column);
    }
}
