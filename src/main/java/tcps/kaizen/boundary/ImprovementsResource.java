package tcps.kaizen.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import tcps.kaizen.control.Improvements;
import tcps.kaizen.control.RecordImprovement;
import tcps.kaizen.entity.Improvement;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

@Requires(Role.VIEWER)
@Path("kaizen/improvements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImprovementsResource {

    @Inject
    Improvements improvements;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Valid @NotNull RecordImprovement command) {
        Improvement improvement = improvements.record(command);
        return Created.below(uri, improvement.getId(), ImprovementView.of(improvement));
    }

    @GET
    public Page<ImprovementView> list(
            @QueryParam("wasteType") String wasteType,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(improvements.improvements(wasteType, size, first), ImprovementView::of, first, size);
    }

    @GET
    @Path("{id}")
    public ImprovementView improvement(@PathParam("id") long id) {
        return ImprovementView.of(improvements.improvement(id));
    }
}
