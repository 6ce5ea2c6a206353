package tcps.tpm.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A breakdown of a line component; the component is down from {@code failedAt} until {@code recoveredAt}. */
@Entity
@Table(name = "tpm_component_failure")
public class ComponentFailure {

    @Id
    @SequenceGenerator(
            name = "tpm_component_failure_seq",
            sequenceName = "tpm_component_failure_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "tpm_component_failure_seq")
    private Long id;

    @Column(nullable = false, length = 128)
    private String component;

    @Column(nullable = false, length = 1000)
    private String cause;

    @Column(name = "failed_at", nullable = false)
    private Instant failedAt;

    @Column(name = "recovered_at")
    private Instant recoveredAt;

    protected ComponentFailure() {}

    public ComponentFailure(String component, String cause, Instant failedAt) {
        this.component = component;
        this.cause = cause;
        this.failedAt = failedAt;
    }

    public boolean isRecovered() {
        return recoveredAt != null;
    }

    public void recover(Instant at) {
        this.recoveredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getComponent() {
        return component;
    }

    public String getCause() {
        return cause;
    }

    public Instant getFailedAt() {
        return failedAt;
    }

    public Instant getRecoveredAt() {
        return recoveredAt;
    }
}
