package tcps.kaizen.entity;

/** A proposal waits as PROPOSED until it is either implemented or rejected; both are final. */
public enum ProposalStatus {
    PROPOSED,
    IMPLEMENTED,
    REJECTED
}
