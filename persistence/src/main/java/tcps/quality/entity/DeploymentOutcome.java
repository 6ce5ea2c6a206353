package tcps.quality.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Whether deploying a work order's build to an environment succeeded. */
@Entity
@Table(name = "quality_deployment")
public class DeploymentOutcome {

    @Id
    @SequenceGenerator(name = "quality_deployment_seq", sequenceName = "quality_deployment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quality_deployment_seq")
    private Long id;

    @Column(name = "work_order_id", nullable = false)
    private long workOrderId;

    @Column(name = "sku_id", nullable = false, length = 128)
    private String skuId;

    @Column(nullable = false, length = 64)
    private String environment;

    @Column(nullable = false)
    private boolean success;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected DeploymentOutcome() {}

    public DeploymentOutcome(long workOrderId, String skuId, String environment, boolean success, Instant recordedAt) {
        this.workOrderId = workOrderId;
        this.skuId = skuId;
        this.environment = environment;
        this.success = success;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public long getWorkOrderId() {
        return workOrderId;
    }

    public String getSkuId() {
        return skuId;
    }

    public String getEnvironment() {
        return environment;
    }

    public boolean isSuccess() {
        return success;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
