package tcps.andon.entity;

/** An Andon is open from its trigger until someone resolves it; there is no way back. */
public enum AndonStatus {
    OPEN,
    RESOLVED
}
