package tcps.kaizen.control;

import java.time.Instant;

/** Fired once a proposal is rejected. */
public record ProposalRejected(long proposalId, String wasteType, String reason, Instant rejectedAt) {}
