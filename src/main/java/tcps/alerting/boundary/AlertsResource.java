package tcps.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.control.AlertHistory;
import tcps.alerting.control.AlertNotifications;
import tcps.alerting.entity.AlertFilter;
import tcps.alerting.entity.AlertState;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Alerts: the active ones, one with its history, the kept history; evaluating now ({@code check_alert_rules}); raising
 * one from another system ({@code send_alert}); acknowledging and resolving by hand.
 */
@Requires(Role.VIEWER)
@Path("alerts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    AlertEngine engine;

    @Inject
    AlertHistory history;

    @Inject
    Instance<AlertNotifications> notifications;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public List<AlertFacts> active() {
        return engine.active();
    }

    @GET
    @Path(ID)
    public AlertView find(@PathParam("id") long id) {
        return new AlertView(
                AlertFacts.of(history.find(id)),
                history.transitions(id).stream().map(AlertView.Step::of).toList(),
                notificationsOf(id));
    }

    /** What was sent about the alert, where, after how many attempts, with what outcome. */
    @GET
    @Path(ID + "/notifications")
    public List<Object> notifications(@PathParam("id") long id) {
        history.find(id);
        return notificationsOf(id);
    }

    private List<Object> notificationsOf(long id) {
        return notifications.isResolvable() ? List.copyOf(notifications.get().of(id)) : List.of();
    }

    @GET
    @Path("history")
    public Page<AlertFacts> history(
            @QueryParam("rule") @Size(max = 250) String rule,
            @QueryParam("component") @Size(max = 64) String component,
            @QueryParam("severity")
                    @Pattern(regexp = "critical|warning|info", message = "must be critical, warning or info")
                    String severity,
            @QueryParam("state")
                    @Pattern(
                            regexp = "(?i)pending|firing|acknowledged|resolved",
                            message = "must be pending, firing, acknowledged or resolved")
                    String state,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("limit") @DefaultValue("50") @Pattern(regexp = "[0-9]{1,9}") @Min(1) @Max(500) String limit,
            @QueryParam("offset") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,9}") String offset) {
        Instant start = QueryParameters.instant("from", from);
        Instant end = QueryParameters.instant("to", to);
        QueryParameters.requireOrdered(start, end);
        AlertFilter filter = new AlertFilter(
                rule,
                component,
                severity,
                state == null ? null : AlertState.valueOf(state.toUpperCase(Locale.ROOT)),
                start,
                end);
        int first = Integer.parseInt(offset);
        int size = Integer.parseInt(limit);
        return Page.of(history.list(filter, first, size), AlertFacts::of, first, size);
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("check")
    public List<AlertFacts> check() {
        return engine.evaluate();
    }

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response send(@NotNull @Valid SendAlert alert) {
        AlertFacts raised = engine.raise(alert.external(), caller());
        if (raised == null) {
            return Response.noContent().build();
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(String.valueOf(raised.id()))
                        .build())
                .entity(raised)
                .build();
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path(ID + "/acknowledge")
    public AlertFacts acknowledge(@PathParam("id") long id, @Valid AlertNote note) {
        return engine.acknowledge(id, caller(), note == null ? null : note.comment());
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path(ID + "/resolve")
    public AlertFacts resolve(@PathParam("id") long id, @Valid AlertNote note) {
        return engine.resolve(id, caller(), note == null ? null : note.comment());
    }

    private String caller() {
        return security.getUserPrincipal() == null
                ? "anonymous"
                : security.getUserPrincipal().getName();
    }
}
