package tcps.quality.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.List;
import tcps.config.boundary.Created;
import tcps.quality.control.QualityRecorder;
import tcps.quality.control.RecordDeployment;
import tcps.quality.entity.DeploymentOutcome;

@Path("quality/deployments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentsResource {

    @Inject
    QualityRecorder recorder;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull RecordDeployment command) {
        DeploymentOutcome outcome = recorder.recordDeployment(command);
        return Created.below(uri, outcome.getId(), DeploymentView.of(outcome));
    }

    @GET
    public List<DeploymentView> list(
            // A String, not a Long: JAX-RS answers 404 rather than 400 when a query parameter fails to convert.
            @QueryParam("workOrderId") @Pattern(regexp = "\\d{1,18}", message = "must be a whole number")
                    String workOrderId,
            @QueryParam("skuId") String skuId,
            @QueryParam("environment") String environment,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(500) int limit,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset) {
        return recorder
                .deployments(workOrderId == null ? null : Long.valueOf(workOrderId), skuId, environment, limit, offset)
                .stream()
                .map(DeploymentView::of)
                .toList();
    }

    @GET
    @Path("{id}")
    public DeploymentView deployment(@PathParam("id") long id) {
        return DeploymentView.of(recorder.deployment(id));
    }
}
