package tcps.kaizen.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a proposal is stored. */
public record ProposalSubmitted(long proposalId, String title, String wasteType, Instant proposedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return proposedAt;
    }
}
