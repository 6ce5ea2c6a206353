package tcps.tpm.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.storage.entity.InvalidTimeWindow;
import tcps.tpm.control.MaintenancePlanner;
import tcps.tpm.control.TpmStatus;
import tcps.tpm.control.TpmStatusReport;
import tcps.tpm.control.TriggerMaintenance;
import tcps.tpm.entity.MaintenanceTask;

/** On-demand maintenance and the TPM figures. */
@Requires(Role.VIEWER)
@Path("tpm")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TpmResource {

    @Inject
    MaintenancePlanner planner;

    @Inject
    TpmStatusReport report;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Path("maintenance/trigger")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response trigger(@Valid @NotNull TriggerMaintenance command) {
        MaintenanceTask task = planner.trigger(command);
        return Created.at(uri, "tpm/tasks/" + task.getId(), MaintenanceTaskView.of(task));
    }

    @GET
    @Path("status")
    public TpmStatus status(
            @QueryParam("component") String component, @QueryParam("from") String from, @QueryParam("to") String to) {
        try {
            return report.status(
                    component == null || component.isBlank() ? null : component,
                    QueryParameters.instant("from", from),
                    QueryParameters.instant("to", to));
        } catch (InvalidTimeWindow e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
