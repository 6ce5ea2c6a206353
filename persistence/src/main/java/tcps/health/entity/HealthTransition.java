package tcps.health.entity;

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

/** One change of a component's status; {@code from} is null for the first status the component ever reported. */
@Entity
@Table(name = "health_transition")
public class HealthTransition {

    static final int MAX_REASON = 2000;

    @Id
    @SequenceGenerator(name = "health_transition_seq", sequenceName = "health_transition_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "health_transition_seq")
    private Long id;

    @Column(nullable = false, length = 32)
    private String component;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private HealthStatus from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private HealthStatus to;

    @Column(length = MAX_REASON)
    private String reason;

    @Column(nullable = false)
    private boolean simulated;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected HealthTransition() {}

    public HealthTransition(
            String component, HealthStatus from, HealthStatus to, String reason, boolean simulated, Instant changedAt) {
        this.component = component;
        this.from = from;
        this.to = to;
        this.reason = reason == null || reason.length() <= MAX_REASON ? reason : reason.substring(0, MAX_REASON);
        this.simulated = simulated;
        this.changedAt = changedAt;
    }

    public Long getId() {
        return id;
    }

    public String getComponent() {
        return component;
    }

    public HealthStatus getFrom() {
        return from;
    }

    public HealthStatus getTo() {
        return to;
    }

    public String getReason() {
        return reason;
    }

    public boolean isSimulated() {
        return simulated;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
