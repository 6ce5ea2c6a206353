package tcps.dashboard.control;

import java.time.Instant;
import java.util.function.Supplier;

/**
 * One event of the live feed, as every stream (SSE, WebSocket) sends it: a feed-wide increasing {@code id}, the
 * event {@code type} (the SSE event name, the WebSocket message type), the {@code channel} WebSocket clients subscribe
 * to, and the payload as JSON. The JSON is written once, when the first client needs it: not on the thread that
 * committed the change, and not at all while nobody is connected.
 */
public final class LiveEvent {

    /** Channels a WebSocket client can subscribe to. */
    public static final String ANDON = "andon";

    public static final String WORK_ORDER = "work_order";
    public static final String HEALTH = "health";
    public static final String ALERTS = "alerts";
    public static final String METRICS = "metrics";
    public static final String HEARTBEAT = "heartbeat";

    private final long id;
    private final String type;
    private final String channel;
    private final Instant at;
    private Supplier<String> writer;
    private volatile String json;

    public LiveEvent(long id, String type, String channel, Instant at, Supplier<String> writer) {
        this.id = id;
        this.type = type;
        this.channel = channel;
        this.at = at;
        this.writer = writer;
    }

    public long id() {
        return id;
    }

    public String type() {
        return type;
    }

    public String channel() {
        return channel;
    }

    public Instant at() {
        return at;
    }

    public String json() {
        String written = json;
        if (written == null) {
            synchronized (this) {
                if (json == null) {
                    json = writer.get();
                    writer = null; // the payload is no longer needed
                }
                written = json;
            }
        }
        return written;
    }

    @Override
    public String toString() {
        return "LiveEvent[id=" + id + ", type=" + type + ", channel=" + channel + ", at=" + at + "]";
    }
}
