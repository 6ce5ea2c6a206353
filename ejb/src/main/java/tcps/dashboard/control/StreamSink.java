package tcps.dashboard.control;

import java.util.concurrent.CompletionStage;

/** Where one stream client's events go (an SSE connection); sends may complete at once or later. */
public interface StreamSink {

    CompletionStage<?> send(LiveEvent event);

    boolean isClosed();

    void close();
}
