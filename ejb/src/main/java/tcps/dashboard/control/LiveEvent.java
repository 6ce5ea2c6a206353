package tcps.dashboard.control;

import java.time.Instant;

/**
 * One event of the live feed, as every stream (SSE, WebSocket) sends it: a feed-wide increasing {@code id}, the
 * event {@code type} (the SSE event name, the WebSocket message type), the {@code channel} WebSocket clients subscribe
 * to, and the payload already written as JSON once for every client.
 */
public record LiveEvent(long id, String type, String channel, Instant at, String json) {

    /** Channels a WebSocket client can subscribe to. */
    public static final String ANDON = "andon";

    public static final String WORK_ORDER = "work_order";
    public static final String HEALTH = "health";
    public static final String METRICS = "metrics";
    public static final String HEARTBEAT = "heartbeat";
}
