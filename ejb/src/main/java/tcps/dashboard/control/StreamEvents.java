package tcps.dashboard.control;

import java.time.Instant;

/** The stream's own event names and bodies, beside the change events of {@link LiveFeedSources}. */
public final class StreamEvents {

    /** First event of every connection. */
    public static final String CONNECTED = "connected";
    /** What {@code GET /api/metrics/all} answers, every {@code tcps.stream.metrics-interval-ms}. */
    public static final String METRICS_UPDATE = "metrics-update";
    /** Every {@code tcps.stream.heartbeat-seconds}. */
    public static final String HEARTBEAT = "heartbeat";
    /**
     * Sent after {@code connected} when the {@code Last-Event-ID} a client reconnected with is older than the replay
     * buffer reaches (or unknown, as after a restart): events were lost, the client should reload its state.
     */
    public static final String RELOAD = "reload";

    private StreamEvents() {}

    public record Connected(Instant timestamp, String serverVersion, int clientCount) {}

    public record Heartbeat(Instant timestamp, int clientCount) {}

    public record Reload(String lastEventId, long resumesAfter, String reason) {}
}
