package tcps.database.control;

import java.time.Instant;

/** What the schema migration at start-up did: its state, the schema version reached and what is still pending. */
public record MigrationStatus(State state, String version, int applied, int pending, Instant finishedAt, String error) {

    public enum State {
        RUNNING,
        CURRENT,
        FAILED
    }

    public static MigrationStatus running() {
        return new MigrationStatus(State.RUNNING, null, 0, 0, null, null);
    }

    public boolean current() {
        return state == State.CURRENT && pending == 0;
    }
}
