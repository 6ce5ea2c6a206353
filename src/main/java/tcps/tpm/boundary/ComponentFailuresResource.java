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
import tcps.tpm.control.FailureLog;
import tcps.tpm.control.RecordFailure;
import tcps.tpm.entity.ComponentFailure;

@Requires(Role.VIEWER)
@Path("tpm/failures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ComponentFailuresResource {

    @Inject
    FailureLog log;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull RecordFailure command) {
        ComponentFailure failure = log.record(command);
        return Created.below(uri, failure.getId(), ComponentFailureView.of(failure));
    }

    @GET
    public Page<ComponentFailureView> list(
            @QueryParam("component") String component,
            @QueryParam("status") @Pattern(regexp = "open|recovered", message = "must be open or recovered")
                    String status,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        Boolean recovered = status == null ? null : status.equals("recovered");
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(log.failures(component, recovered, size, first), ComponentFailureView::of, first, size);
    }

    @GET
    @Path("{id}")
    public ComponentFailureView failure(@PathParam("id") long id) {
        return ComponentFailureView.of(log.failure(id));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/recover")
    @Consumes(MediaType.APPLICATION_JSON)
    public ComponentFailureView recover(@PathParam("id") long id, @NotNull Recovery recovery) {
        return ComponentFailureView.of(log.recover(id, recovery.recoveredAt()));
    }
}
