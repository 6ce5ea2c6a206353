import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stream benchmark's baseline: the least a JAX-RS SSE endpoint can be on the same server (one event sent, the
 * sink kept open), so the heap each idle client costs the server itself can be told from what the product adds.
 */
@ApplicationPath("/")
public class BareStream extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Stream.class);
    }

    @Path("stream")
    public static class Stream {

        static final Set<SseEventSink> OPEN = ConcurrentHashMap.newKeySet();

        @GET
        @Produces(MediaType.SERVER_SENT_EVENTS)
        public void open(@Context SseEventSink sink, @Context Sse sse) {
            OPEN.add(sink);
            sink.send(sse.newEventBuilder().name("connected").data("{}").build());
        }
    }
}
