package tcps.kaizen.control;

import java.time.Instant;

/** Fired once a proposal is stored. */
public record ProposalSubmitted(long proposalId, String title, String wasteType, Instant proposedAt) {}
