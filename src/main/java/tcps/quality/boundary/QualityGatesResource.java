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
import tcps.quality.control.RecordGateResult;
import tcps.quality.entity.QualityGateResult;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

@Requires(Role.VIEWER)
@Path("quality/gates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QualityGatesResource {

    @Inject
    QualityRecorder recorder;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull RecordGateResult command) {
        QualityGateResult result = recorder.recordGate(command);
        return Created.below(uri, result.getId(), GateResultView.of(result));
    }

    @GET
    public Page<GateResultView> list(
            // A String, not a Long: JAX-RS answers 404 rather than 400 when a query parameter fails to convert.
            @QueryParam("workOrderId") @Pattern(regexp = "\\d{1,18}", message = "must be a whole number")
                    String workOrderId,
            @QueryParam("skuId") String skuId,
            @QueryParam("gate") String gate,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(
                recorder.gateResults(workOrderId == null ? null : Long.valueOf(workOrderId), skuId, gate, size, first),
                GateResultView::of,
                first,
                size);
    }

    @GET
    @Path("{id}")
    public GateResultView result(@PathParam("id") long id) {
        return GateResultView.of(recorder.gateResult(id));
    }
}
