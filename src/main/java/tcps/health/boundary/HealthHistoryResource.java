package tcps.health.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import tcps.health.entity.HealthTransitionStore;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/** The history of component status changes, newest first: by component and time range [from, to). */
@Requires(Role.VIEWER)
@Path("health/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HealthHistoryResource {

    @Inject
    HealthTransitionStore store;

    @GET
    public Page<HealthTransitionView> history(
            @QueryParam("component") String component,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        Instant start = QueryParameters.instant("from", from);
        Instant end = QueryParameters.instant("to", to);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new BadRequestException("The window needs 'from' before 'to', got " + start + " .. " + end);
        }
        int first = QueryParameters.offset(offset);
        int max = QueryParameters.limit(limit);
        String name = component == null || component.isBlank() ? null : component.trim();
        return Page.of(store.history(name, start, end, first, max), HealthTransitionView::of, first, max);
    }
}
