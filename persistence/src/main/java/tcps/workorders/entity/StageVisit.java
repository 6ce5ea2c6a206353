package tcps.workorders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** The time a work order spent in one stage, and how the stage ended. */
@Entity
@Table(name = "stage_visit")
public class StageVisit {

    public static final String PASSED = "PASSED";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    @Id
    @SequenceGenerator(name = "stage_visit_seq", sequenceName = "stage_visit_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stage_visit_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "work_order_id")
    private WorkOrder workOrder;

    @Column(nullable = false)
    private String stage;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "exited_at")
    private Instant exitedAt;

    private String outcome;

    protected StageVisit() {}

    StageVisit(WorkOrder workOrder, String stage, Instant enteredAt) {
        this.workOrder = workOrder;
        this.stage = stage;
        this.enteredAt = enteredAt;
    }

    void exit(Instant at, String result) {
        this.exitedAt = at;
        this.outcome = result;
    }

    public boolean open() {
        return exitedAt == null;
    }

    /** Time in the stage; still counting while the work order is in it. */
    public Duration duration(Instant now) {
        return Duration.between(enteredAt, exitedAt == null ? now : exitedAt);
    }

    public Long getId() {
        return id;
    }

    public WorkOrder getWorkOrder() {
        return workOrder;
    }

    public String getStage() {
        return stage;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public Instant getExitedAt() {
        return exitedAt;
    }

    public String getOutcome() {
        return outcome;
    }
}
