package tcps.dashboard.boundary;

import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.concurrent.CompletionStage;
import tcps.dashboard.control.LiveEvent;
import tcps.dashboard.control.StreamSink;

/** A live-feed event as a server-sent event: the feed's id, the event type as its name, the JSON as its data. */
final class SseStreamSink implements StreamSink {

    private final SseEventSink sink;
    private final Sse sse;

    SseStreamSink(SseEventSink sink, Sse sse) {
        this.sink = sink;
        this.sse = sse;
    }

    @Override
    public CompletionStage<?> send(LiveEvent event) {
        return sink.send(sse.newEventBuilder()
                .id(Long.toString(event.id()))
                .name(event.type())
                // Already JSON: written as it is
                .data(event.json())
                .build());
    }

    @Override
    public boolean isClosed() {
        return sink.isClosed();
    }

    @Override
    public void close() {
        sink.close();
    }
}
