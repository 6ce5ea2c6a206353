package tcps.kaizen.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.kaizen.entity.ImprovementProposal;

/** A proposal as the API shows it; {@code decidedAt} is set once it is implemented or rejected. */
@JsonbNillable
public record ProposalView(
        long id,
        String title,
        String wasteType,
        String description,
        Double expectedReduction,
        String status,
        Instant proposedAt,
        Instant decidedAt,
        String rejectionReason) {

    static ProposalView of(ImprovementProposal proposal) {
        return new ProposalView(
                proposal.getId(),
                proposal.getTitle(),
                proposal.getWasteType(),
                proposal.getDescription(),
                proposal.getExpectedReduction(),
                proposal.getStatus().name(),
                proposal.getProposedAt(),
                proposal.getDecidedAt(),
                proposal.getRejectionReason());
    }
}
