package tcps.kaizen.entity;

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

/** A Kaizen proposal: a waste someone saw on the line and how they would reduce it. */
@Entity
@Table(name = "kaizen_proposal")
public class ImprovementProposal {

    @Id
    @SequenceGenerator(name = "kaizen_proposal_seq", sequenceName = "kaizen_proposal_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kaizen_proposal_seq")
    private Long id;

    @Column(nullable = false)
    private String title;

    @Column(name = "waste_type", nullable = false, length = 32)
    private String wasteType;

    @Column(nullable = false, length = 2000)
    private String description;

    /** The reduction the proposer expects, 0..1; optional. */
    @Column(name = "expected_reduction")
    private Double expectedReduction;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProposalStatus status;

    @Column(name = "proposed_at", nullable = false)
    private Instant proposedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    protected ImprovementProposal() {}

    public ImprovementProposal(
            String title, String wasteType, String description, Double expectedReduction, Instant proposedAt) {
        this.title = title;
        this.wasteType = wasteType;
        this.description = description;
        this.expectedReduction = expectedReduction;
        this.status = ProposalStatus.PROPOSED;
        this.proposedAt = proposedAt;
    }

    public boolean isOpen() {
        return status == ProposalStatus.PROPOSED;
    }

    public void implemented(Instant at) {
        this.status = ProposalStatus.IMPLEMENTED;
        this.decidedAt = at;
    }

    public void rejected(Instant at, String reason) {
        this.status = ProposalStatus.REJECTED;
        this.decidedAt = at;
        this.rejectionReason = reason;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getWasteType() {
        return wasteType;
    }

    public String getDescription() {
        return description;
    }

    public Double getExpectedReduction() {
        return expectedReduction;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
