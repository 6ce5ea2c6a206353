package tcps.tpm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One piece of maintenance on a line component, due at a given time; done once {@code completedAt} is set. */
@Entity
@Table(name = "tpm_maintenance_task")
public class MaintenanceTask {

    @Id
    @SequenceGenerator(name = "tpm_maintenance_task_seq", sequenceName = "tpm_maintenance_task_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tpm_maintenance_task_seq")
    private Long id;

    @Column(nullable = false, length = 128)
    private String component;

    @Column(nullable = false, length = 1000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MaintenanceOrigin origin;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected MaintenanceTask() {}

    public MaintenanceTask(
            String component, String description, MaintenanceOrigin origin, Instant dueAt, Instant createdAt) {
        this.component = component;
        this.description = description;
        this.origin = origin;
        this.dueAt = dueAt;
        this.createdAt = createdAt;
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public void complete(Instant at) {
        this.completedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getComponent() {
        return component;
    }

    public String getDescription() {
        return description;
    }

    public MaintenanceOrigin getOrigin() {
        return origin;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
