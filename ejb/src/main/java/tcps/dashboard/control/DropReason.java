package tcps.dashboard.control;

/** Why a stream client was let go. */
public enum DropReason {
    /** The connection was found closed. */
    CLOSED,
    /** A send failed, typically because the client went away. */
    FAILED,
    /** The client accepted no send for longer than {@code tcps.stream.stale-after-seconds}. */
    STALE,
    /** More events waited for the client than the replay buffer holds: it could never catch up. */
    BACKLOG,
    /** The server is stopping. */
    SHUTDOWN
}
