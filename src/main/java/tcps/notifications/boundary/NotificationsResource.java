package tcps.notifications.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import tcps.notifications.control.ChannelStatus;
import tcps.notifications.control.ChannelStatuses;
import tcps.notifications.control.Channels;
import tcps.notifications.control.DeliveryView;
import tcps.notifications.control.Dispatcher;
import tcps.notifications.control.NotificationLog;
import tcps.notifications.control.NotificationRecord;
import tcps.notifications.control.Notifier;
import tcps.notifications.control.Outbox;
import tcps.problems.control.InvalidStateTransition;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The notification channels: each one's state (secrets masked), a test notification through the same outbox and
 * dispatcher as an alert's (answered at once with where to follow it), and the deliveries made.
 */
@Requires(Role.VIEWER)
@Path("notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    private static final String NAME = "{name: [a-z][a-z0-9-]{0,31}}";
    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    ChannelStatuses statuses;

    @Inject
    Channels channels;

    @Inject
    Outbox outbox;

    @Inject
    Dispatcher dispatcher;

    @Inject
    NotificationLog log;

    @Context
    UriInfo uri;

    @GET
    @Path("channels")
    public List<ChannelStatus> channels() {
        return statuses.all();
    }

    @GET
    @Path("channels/" + NAME)
    public ChannelStatus channel(@PathParam("name") String name) {
        return statuses.of(name);
    }

    /** Sends a test notification to the channel; 202 with the test's own address to follow its outcome. */
    @POST
    @Requires(Role.OPERATOR)
    @Path("channels/" + NAME + "/test")
    public Response test(@PathParam("name") String name) {
        Notifier channel = channels.named(name);
        if (!channel.enabled()) {
            throw new InvalidStateTransition(
                    "Channel " + name + " is not configured; set tcps.notifications." + name + ".* first.");
        }
        long entry = outbox.test(channel);
        dispatcher.wake(name);
        return Response.accepted(log.entry(entry))
                .location(uri.getBaseUriBuilder()
                        .path("notifications/tests/" + entry)
                        .build())
                .build();
    }

    @GET
    @Path("tests/" + ID)
    public NotificationRecord test(@PathParam("id") long id) {
        return log.entry(id);
    }

    @GET
    @Path("deliveries/" + ID)
    public DeliveryView delivery(@PathParam("id") long id) {
        return log.delivery(id);
    }
}
