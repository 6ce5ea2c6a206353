package tcps.kaizen.boundary;

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
import tcps.kaizen.control.ImplementProposal;
import tcps.kaizen.control.ImprovementProposals;
import tcps.kaizen.control.ProposeImprovement;
import tcps.kaizen.entity.Improvement;
import tcps.kaizen.entity.ImprovementProposal;
import tcps.kaizen.entity.ProposalStatus;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

@Requires(Role.VIEWER)
@Path("kaizen/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalsResource {

    @Inject
    ImprovementProposals proposals;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@Valid @NotNull ProposeImprovement command) {
        ImprovementProposal proposal = proposals.propose(command);
        return Created.below(uri, proposal.getId(), ProposalView.of(proposal));
    }

    @GET
    public Page<ProposalView> list(
            @QueryParam("status")
                    @Pattern(
                            regexp = "PROPOSED|IMPLEMENTED|REJECTED",
                            message = "must be PROPOSED, IMPLEMENTED or REJECTED")
                    String status,
            @QueryParam("wasteType") String wasteType,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        ProposalStatus filter = status == null ? null : ProposalStatus.valueOf(status);
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(proposals.proposals(filter, wasteType, size, first), ProposalView::of, first, size);
    }

    @GET
    @Path("{id}")
    public ProposalView proposal(@PathParam("id") long id) {
        return ProposalView.of(proposals.proposal(id));
    }

    /** Answers 201 with the improvement created from the proposal. */
    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/implement")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response implement(@PathParam("id") long id, @Valid @NotNull ImplementProposal command) {
        Improvement improvement = proposals.implement(id, command);
        return Created.at(uri, "kaizen/improvements/" + improvement.getId(), ImprovementView.of(improvement));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalView reject(@PathParam("id") long id, @Valid @NotNull Rejection rejection) {
        return ProposalView.of(proposals.reject(id, rejection.reason()));
    }
}
