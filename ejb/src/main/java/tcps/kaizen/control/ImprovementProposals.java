package tcps.kaizen.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import tcps.kaizen.entity.Improvement;
import tcps.kaizen.entity.ImprovementProposal;
import tcps.kaizen.entity.ProposalStatus;
import tcps.kaizen.entity.ProposalStore;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;
import tcps.storage.entity.Timestamps;

/** Kaizen proposals: submitted, then implemented (with a measured effect) or rejected, once. */
@Stateless
public class ImprovementProposals {

    @Inject
    ProposalStore store;

    @EJB
    Improvements improvements;

    @Inject
    Event<ProposalSubmitted> submitted;

    @Inject
    Event<ProposalRejected> rejected;

    public ImprovementProposal propose(ProposeImprovement command) {
        Instant at = command.proposedAt() != null ? command.proposedAt() : Timestamps.now();
        ImprovementProposal proposal = store.save(new ImprovementProposal(
                command.title(), command.wasteType(), command.description(), command.expectedReduction(), at));
        submitted.fire(new ProposalSubmitted(proposal.getId(), proposal.getTitle(), proposal.getWasteType(), at));
        return proposal;
    }

    /** Turns an open proposal into an improvement; fires {@link ImprovementImplemented}. */
    public Improvement implement(long proposalId, ImplementProposal command) {
        ImprovementProposal proposal = open(proposalId, "implemented");
        Instant at = command.implementedAt() != null ? command.implementedAt() : Timestamps.now();
        // Closed before the improvement is stored, so observers of ImprovementImplemented see the final state.
        proposal.implemented(at);
        return improvements.recordFor(
                proposal,
                new ImplementProposal(command.baselineValue(), command.afterValue(), command.automated(), at));
    }

    public ImprovementProposal reject(long proposalId, String reason) {
        ImprovementProposal proposal = open(proposalId, "rejected");
        Instant now = Timestamps.now();
        proposal.rejected(now, reason);
        rejected.fire(new ProposalRejected(proposalId, proposal.getWasteType(), reason, now));
        return proposal;
    }

    public ImprovementProposal proposal(long id) {
        return store.find(id).orElseThrow(() -> new UnknownEntity("proposal", id));
    }

    public Slice<ImprovementProposal> proposals(ProposalStatus status, String wasteType, int limit, int offset) {
        return store.list(status, wasteType, limit, offset);
    }

    private ImprovementProposal open(long proposalId, String wanted) {
        ImprovementProposal proposal = proposal(proposalId);
        if (!proposal.isOpen()) {
            throw new InvalidStateTransition("Proposal " + proposalId + " is "
                    + proposal.getStatus().name().toLowerCase() + "; only a proposed one can be " + wanted + ".");
        }
        return proposal;
    }
}
