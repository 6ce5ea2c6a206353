package tcps.dashboard.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import tcps.dashboard.control.StreamClients;
import tcps.dashboard.control.StreamStats;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The dashboard's server-sent-event stream: {@code connected}, then every live-feed event ({@code metrics-update},
 * {@code andon_triggered}, {@code andon_resolved}, {@code work_order_update}, {@code health_changed}, {@code
 * heartbeat}), each with the feed's id. A client reconnecting with {@code Last-Event-ID} first gets what it missed, or
 * {@code reload} when that is no longer kept. The request thread returns at once; events are sent from the stream's
 * own threads.
 */
@Requires(Role.VIEWER)
@Path("stream")
@ApplicationScoped
public class EventStreamResource {

    @Inject
    StreamClients clients;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void open(
            @Context SseEventSink sink,
            @Context Sse sse,
            @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId) {
        clients.open(new SseStreamSink(sink, sse), lastEventId);
    }

    @GET
    @Path("stats")
    @Produces(MediaType.APPLICATION_JSON)
    public StreamStats stats() {
        return clients.stats();
    }
}
