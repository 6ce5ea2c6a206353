package tcps.kaizen.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/** Fired once a proposal is rejected. */
public record ProposalRejected(long proposalId, String wasteType, String reason, Instant rejectedAt)
        implements LineChange {

    @Override
    public Instant at() {
        return rejectedAt;
    }
}
