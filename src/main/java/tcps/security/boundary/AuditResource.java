package tcps.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.entity.AuditStore;
import tcps.security.entity.Role;

/**
 * Who did what: every write, newest first, filtered by actor (key name or token subject), action (POST, DELETE, ... or
 * WS for a WebSocket command), target prefix (path or command), status (201) or status class (4xx), and time.
 */
@Requires(Role.ADMIN)
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Inject
    AuditStore store;

    @GET
    public Page<AuditEntryView> list(
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("target") String target,
            @QueryParam("status")
                    @Pattern(
                            regexp = "[1-5][0-9][0-9]|[1-5]xx",
                            message = "must be a status such as 201 or a class such as 4xx")
                    String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") String limit,
            @QueryParam("offset") @DefaultValue("0") String offset) {
        Instant since = QueryParameters.instant("from", from);
        Instant until = QueryParameters.instant("to", to);
        QueryParameters.requireOrdered(since, until);
        boolean byClass = status != null && status.endsWith("xx");
        int size = QueryParameters.limit(limit);
        int first = QueryParameters.offset(offset);
        return Page.of(
                store.list(
                        actor,
                        action,
                        target,
                        status == null || byClass ? null : Integer.valueOf(status),
                        byClass ? Integer.valueOf(status.substring(0, 1)) : null,
                        since,
                        until,
                        size,
                        first),
                AuditEntryView::of,
                first,
                size);
    }
}
