package tcps.workorders.boundary;

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
import java.time.Instant;
import tcps.problems.control.UnknownEntity;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.workorders.control.WorkOrderService;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderFilter;
import tcps.workorders.entity.WorkOrderStatus;
import tcps.workorders.entity.WorkOrderStore;

@Requires(Role.VIEWER)
@Path("work-orders")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkOrdersResource {

    @Inject
    WorkOrderService service;

    @Inject
    WorkOrderStore store;

    @POST
    @Requires(Role.OPERATOR)
    public Response create(@Valid @NotNull CreateWorkOrderRequest request, @Context UriInfo uri) {
        WorkOrder created = service.create(request.toCommand());
        return Created.below(uri, created.getId(), WorkOrderView.detailed(created));
    }

    @GET
    public Page<WorkOrderView> list(
            @QueryParam("status") String status,
            @QueryParam("bucket") String bucket,
            @QueryParam("skuId") String skuId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        Instant start = QueryParameters.instant("from", from);
        Instant end = QueryParameters.instant("to", to);
        QueryParameters.requireOrdered(start, end);
        WorkOrderFilter filter = new WorkOrderFilter(
                QueryParameters.enumValue("status", status, WorkOrderStatus.class), bucket, skuId, start, end);
        int first = QueryParameters.offset(offset);
        int size = QueryParameters.limit(limit);
        return Page.of(store.list(filter, first, size), WorkOrderView::summary, first, size);
    }

    @GET
    @Path("{id}")
    public WorkOrderView get(@PathParam("id") long id) {
        return WorkOrderView.detailed(store.find(id).orElseThrow(() -> new UnknownEntity("work order", id)));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/advance")
    public WorkOrderView advance(@PathParam("id") long id) {
        return WorkOrderView.detailed(service.advance(id));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/complete")
    public WorkOrderView complete(@PathParam("id") long id) {
        return WorkOrderView.detailed(service.complete(id));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/fail")
    public WorkOrderView fail(@PathParam("id") long id, @Valid ReasonRequest body) {
        return WorkOrderView.detailed(service.fail(id, ReasonRequest.of(body)));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/cancel")
    public WorkOrderView cancel(@PathParam("id") long id, @Valid ReasonRequest body) {
        return WorkOrderView.detailed(service.cancel(id, ReasonRequest.of(body)));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/block")
    public WorkOrderView block(@PathParam("id") long id, @Valid ReasonRequest body) {
        return WorkOrderView.detailed(service.block(id, ReasonRequest.of(body)));
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("{id}/unblock")
    public WorkOrderView unblock(@PathParam("id") long id) {
        return WorkOrderView.detailed(service.unblock(id));
    }
}
