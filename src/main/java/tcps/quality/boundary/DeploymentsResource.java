package tcps.quality.boundary;

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
import tcps.quality.control.QualityRecorder;
import tcps.quality.control.RecordDeployment;
import tcps.quality.entity.DeploymentOutcome;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

@Requires(Role.VIEWER)
@Path("quality/deployments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentsResource {

    @Inject
    QualityRecorder recorder;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull RecordDeployment command) {
        DeploymentOutcome outcome = recorder.recordDeployment(command);
        return Created.below(uri, outcome.getId(), DeploymentView.of(outcome));
    }

    @GET
    public Page<DeploymentView> list(
            // A String, not a Long: JAX-RS answers 404 rather than 400 when a query parameter fails to convert.
            @QueryParam("workOrderId") @Pattern(regexp = "\\d{1,18}", message = "must be a whole number")
                    String workOrderId,
            @QueryParam("skuId") String skuId,
            @QueryParam("environment") String environment,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(
                recorder.deployments(
                        workOrderId == null ? null : Long.valueOf(workOrderId), skuId, environment, size, first),
                DeploymentView::of,
                first,
                size);
    }

    @GET
    @Path("{id}")
    public DeploymentView deployment(@PathParam("id") long id) {
        return DeploymentView.of(recorder.deployment(id));
    }
}
