package tcps.kaizen.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An implemented improvement with its measured effect: the waste measure before and after. {@code reduction} is
 * stored (not only derived) so the database can average it.
 */
@Entity
@Table(name = "kaizen_improvement")
public class Improvement {

    @Id
    @SequenceGenerator(name = "kaizen_improvement_seq", sequenceName = "kaizen_improvement_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kaizen_improvement_seq")
    private Long id;

    /** The proposal it came from; null when implemented directly. */
    @Column(name = "proposal_id")
    private Long proposalId;

    @Column(nullable = false)
    private String title;

    @Column(name = "waste_type", nullable = false, length = 32)
    private String wasteType;

    @Column(name = "baseline_value", nullable = false)
    private double baselineValue;

    @Column(name = "after_value", nullable = false)
    private double afterValue;

    /** (baseline − after) ÷ baseline; null when the baseline is zero. */
    @Column
    private Double reduction;

    @Column(nullable = false)
    private boolean automated;

    @Column(name = "implemented_at", nullable = false)
    private Instant implementedAt;

    protected Improvement() {}

    public Improvement(Long proposalId, String title, String wasteType, Instant implementedAt) {
        this.proposalId = proposalId;
        this.title = title;
        this.wasteType = wasteType;
        this.implementedAt = implementedAt;
    }

    public Improvement measured(double baselineValue, double afterValue, Double reduction, boolean automated) {
        this.baselineValue = baselineValue;
        this.afterValue = afterValue;
        this.reduction = reduction;
        this.automated = automated;
        return this;
    }

    public Long getId() {
        return id;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getTitle() {
        return title;
    }

    public String getWasteType() {
        return wasteType;
    }

    public double getBaselineValue() {
        return baselineValue;
    }

    public double getAfterValue() {
        return afterValue;
    }

    public Double getReduction() {
        return reduction;
    }

    public boolean isAutomated() {
        return automated;
    }

    public Instant getImplementedAt() {
        return implementedAt;
    }
}
