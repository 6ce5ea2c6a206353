package tcps.tpm.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.tpm.control.MaintenancePlanner;
import tcps.tpm.control.ScheduleMaintenance;
import tcps.tpm.entity.MaintenanceTask;
import tcps.tpm.entity.TaskStatus;

@Requires(Role.VIEWER)
@Path("tpm/tasks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MaintenanceTasksResource {

    @Inject
    MaintenancePlanner planner;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@Valid @NotNull ScheduleMaintenance command) {
        MaintenanceTask task = planner.schedule(command);
        return Created.below(uri, task.getId(), MaintenanceTaskView.of(task));
    }

    @GET
    public Page<MaintenanceTaskView> list(
            @QueryParam("component") String component,
            @QueryParam("status")
                    @Pattern(regexp = "open|completed|overdue", message = "must be open, completed or overdue")
                    String status,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        TaskStatus filter = status == null ? null : TaskStatus.valueOf(status.toUpperCase());
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(planner.tasks(component, filter, size, first), MaintenanceTaskView::of, first, size);
    }

    @GET
    @Path("{id}")
    public MaintenanceTaskView task(@PathParam("id") long id) {
        return MaintenanceTaskView.of(planner.task(id));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public MaintenanceTaskView complete(@PathParam("id") long id, @NotNull Completion completion) {
        return MaintenanceTaskView.of(planner.complete(id, completion.completedAt()));
    }
}
