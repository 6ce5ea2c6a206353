package tcps.workorders.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A unit of work on the line. The mutators record what happened; whether it may happen is the control layer's call
 * (it knows the stages and the Kanban rules).
 */
@Entity
@Table(name = "work_order")
public class WorkOrder {

    /** Assigned by {@link WorkOrderStore#add}. */
    @Id
    private Long id;

    @Column(nullable = false, length = 1000)
    private String description;

    @Column(nullable = false)
    private Priority priority;

    @Column(nullable = false)
    private String bucket;

    @Column(name = "sku_id", nullable = false)
    private String skuId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private WorkOrderStatus status;

    private String stage;

    @Column(nullable = false)
    private int blockers;

    @Column(name = "status_reason", length = 1000)
    private String statusReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "workOrder", cascade = CascadeType.PERSIST)
    @OrderBy("enteredAt ASC, id ASC")
    private List<StageVisit> visits = new ArrayList<>();

    protected WorkOrder() {}

    /** Also gives work created without a SKU its own: {@link #defaultSku}. */
    void assignId(long id) {
        this.id = id;
        if (skuId == null) {
            skuId = defaultSku(bucket, id);
        }
    }

    /**
     * The SKU of work created without one (the dashboard protocol's {@code create_work_order} names none):
     * {@code SKU-<bucket>-<id>}, unique as the id is, and telling where the work went. Characters a SKU may not hold
     * ({@code [A-Za-z0-9._:-]}) become {@code _}.
     */
    public static String defaultSku(String bucket, long id) {
        return "SKU-" + bucket.replaceAll("[^A-Za-z0-9._:-]", "_") + "-" + id;
    }

    /** A null {@code skuId} is assigned with the id ({@link #defaultSku}). */
    public WorkOrder(String description, Priority priority, String bucket, String skuId, Instant createdAt) {
        this.description = description;
        this.priority = priority;
        this.bucket = bucket;
        this.skuId = skuId;
        this.createdAt = createdAt;
        this.status = WorkOrderStatus.QUEUED;
    }

    public void start(String firstStage, Instant at) {
        status = WorkOrderStatus.IN_PROGRESS;
        startedAt = at;
        enter(firstStage, at);
    }

    /** Passes the current stage and enters the next one; returns the visit that passed. */
    public StageVisit advanceTo(String nextStage, Instant at) {
        StageVisit passed = exitStage(at, StageVisit.PASSED);
        enter(nextStage, at);
        return passed;
    }

    /** Passes the last stage; returns its visit. */
    public StageVisit complete(Instant at) {
        StageVisit passed = exitStage(at, StageVisit.PASSED);
        end(WorkOrderStatus.COMPLETED, at, null);
        completedAt = at;
        return passed;
    }

    public void fail(Instant at, String reason) {
        exitStage(at, StageVisit.FAILED);
        end(WorkOrderStatus.FAILED, at, reason);
    }

    public void cancel(Instant at, String reason) {
        exitStage(at, StageVisit.CANCELLED);
        end(WorkOrderStatus.CANCELLED, at, reason);
    }

    /**
     * Stops the work order until every blocker is lifted (several Andons may stop the same one). Queued work stays
     * queued, but no bucket pulls it while it has blockers.
     */
    public void block(String reason) {
        blockers++;
        if (status != WorkOrderStatus.QUEUED) {
            status = WorkOrderStatus.BLOCKED;
        }
        statusReason = reason;
    }

    public void unblock() {
        blockers = Math.max(0, blockers - 1);
        if (blockers == 0) {
            if (status == WorkOrderStatus.BLOCKED) {
                status = WorkOrderStatus.IN_PROGRESS;
            }
            statusReason = null;
        }
    }

    public Optional<StageVisit> currentVisit() {
        return visits.isEmpty() || !visits.get(visits.size() - 1).open()
                ? Optional.empty()
                : Optional.of(visits.get(visits.size() - 1));
    }

    private void enter(String nextStage, Instant at) {
        stage = nextStage;
        visits.add(new StageVisit(this, nextStage, at));
    }

    private StageVisit exitStage(Instant at, String outcome) {
        StageVisit visit = currentVisit().orElse(null);
        if (visit != null) {
            visit.exit(at, outcome);
        }
        return visit;
    }

    private void end(WorkOrderStatus finalStatus, Instant at, String reason) {
        status = finalStatus;
        endedAt = at;
        statusReason = reason;
        blockers = 0;
    }

    public Long getId() {
        return id;
    }

    public String getDescription() {
        return description;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getBucket() {
        return bucket;
    }

    public String getSkuId() {
        return skuId;
    }

    public WorkOrderStatus getStatus() {
        return status;
    }

    public String getStage() {
        return stage;
    }

    public int getBlockers() {
        return blockers;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getEndedAt() {
        return endedAt;
    }

    public List<StageVisit> getVisits() {
        return List.copyOf(visits);
    }
}
