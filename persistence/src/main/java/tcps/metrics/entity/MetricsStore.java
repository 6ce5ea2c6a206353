package tcps.metrics.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import tcps.database.entity.InstantConverter;
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

    /** Every status: reads the whole status index, so a full reconciliation only. */
    public Map<WorkOrderStatus, Long> countByStatus() {
        return counts(List.of(WorkOrderStatus.values()), "SELECT status, COUNT(*) FROM work_order GROUP BY status");
    }

    /** The statuses of work that has not ended: a small range of the status index, whatever the history. */
    public Map<WorkOrderStatus, Long> countOpenByStatus() {
        return counts(
                List.of(WorkOrderStatus.QUEUED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.BLOCKED),
                "SELECT status, COUNT(*) FROM work_order WHERE status IN ('QUEUED', 'IN_PROGRESS', 'BLOCKED')"
                        + " GROUP BY status");
    }

    private Map<WorkOrderStatus, Long> counts(List<WorkOrderStatus> statuses, String sql) {
        Map<WorkOrderStatus, Long> counts = new EnumMap<>(WorkOrderStatus.class);
        for (WorkOrderStatus status : statuses) {
            counts.put(status, 0L);
        }
        List<?> rows = em.createNativeQuery(sql).getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            counts.put(WorkOrderStatus.valueOf((String) columns[0]), ((Number) columns[1]).longValue());
        }
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

    /** Work orders that have not ended, with the stage they are in and since when. */
    public List<OpenWorkOrder> open() {
        List<?> rows = em.createNativeQuery("SELECT w.id, w.status, w.created_at, w.started_at, w.stage, v.entered_at"
                        + " FROM work_order w LEFT JOIN stage_visit v ON v.work_order_id = w.id AND v.exited_at IS NULL"
                        + " WHERE w.status IN ('QUEUED', 'IN_PROGRESS', 'BLOCKED')")
                .getResultList();
        return rows.stream()
                .map(row -> (Object[]) row)
                .map(columns -> new OpenWorkOrder(
                        ((Number) columns[0]).longValue(),
                        WorkOrderStatus.valueOf((String) columns[1]),
                        instant(columns[2]),
                        instant(columns[3]),
                        (String) columns[4],
                        instant(columns[5])))
                .toList();
    }

    private static Instant instant(Object column) {
        return INSTANTS.convertToEntityAttribute(column);
    }
}
