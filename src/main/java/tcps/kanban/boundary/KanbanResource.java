package tcps.kanban.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tcps.kanban.control.KanbanBoard;
import tcps.kanban.control.WipStatus;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/** WIP status per bucket, and pausing or resuming new-work intake (one bucket, or all without {@code bucket}). */
@Requires(Role.VIEWER)
@Path("kanban")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KanbanResource {

    @Inject
    KanbanBoard board;

    @GET
    public List<WipStatus> all() {
        return board.statuses();
    }

    @GET
    @Path("{bucket}")
    public WipStatus bucket(@PathParam("bucket") String bucket) {
        return board.status(bucket);
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("intake/pause")
    public List<WipStatus> pause(@QueryParam("bucket") String bucket) {
        return board.pause(bucket);
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("intake/resume")
    public List<WipStatus> resume(@QueryParam("bucket") String bucket) {
        return board.resume(bucket);
    }
}
