package tcps.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.AlertRules;
import tcps.alerting.entity.AlertRule;
import tcps.alerting.entity.RuleDefinition;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Alert rules as data ({@code define_alert_rules} lists them): everyone who may read sees them; an admin creates,
 * changes, enables, disables and deletes them. An invalid condition answers 400 naming where it is wrong.
 */
@Requires(Role.VIEWER)
@Path("alert-rules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertRulesResource {

    private static final String ID = "{id: [a-z0-9][a-z0-9-]{0,63}}";

    @Inject
    AlertRules rules;

    @Inject
    AlertEngine engine;

    @Context
    UriInfo uri;

    @GET
    public List<AlertRuleView> list() {
        return rules.list().stream().map(AlertRuleView::of).toList();
    }

    @GET
    @Path(ID)
    public AlertRuleView find(@PathParam("id") String id) {
        return AlertRuleView.of(rules.find(id));
    }

    @POST
    @Requires(Role.ADMIN)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid RuleInput input) {
        AlertRule rule = rules.create(input.id(), input.definition());
        engine.evaluate(); // a new rule holds (or not) at once, not at the next tick
        return Response.created(uri.getAbsolutePathBuilder().path(rule.getId()).build())
                .entity(AlertRuleView.of(rule))
                .build();
    }

    @PUT
    @Requires(Role.ADMIN)
    @Path(ID)
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertRuleView update(@PathParam("id") String id, @NotNull @Valid RuleInput input) {
        AlertRuleView view = AlertRuleView.of(rules.update(id, input.definition(), input.version()));
        engine.evaluate();
        return view;
    }

    @POST
    @Requires(Role.ADMIN)
    @Path(ID + "/enable")
    public AlertRuleView enable(@PathParam("id") String id) {
        return switched(id, true);
    }

    @POST
    @Requires(Role.ADMIN)
    @Path(ID + "/disable")
    public AlertRuleView disable(@PathParam("id") String id) {
        return switched(id, false);
    }

    @DELETE
    @Requires(Role.ADMIN)
    @Path(ID)
    public Response delete(@PathParam("id") String id) {
        rules.delete(id);
        engine.evaluate();
        return Response.noContent().build();
    }

    private AlertRuleView switched(String id, boolean enabled) {
        RuleDefinition d = rules.find(id).definition();
        RuleDefinition changed = new RuleDefinition(
                d.name(),
                d.component(),
                d.severity(),
                d.metric(),
                d.operator(),
                d.threshold(),
                d.matchers(),
                d.expression(),
                d.groupBy(),
                d.forSeconds(),
                d.cooldownSeconds(),
                d.labels(),
                d.annotations(),
                d.remediation(),
                d.eventsMetric(),
                d.minimumEvents(),
                enabled);
        AlertRuleView view = AlertRuleView.of(rules.update(id, changed, null));
        engine.evaluate();
        return view;
    }
}
