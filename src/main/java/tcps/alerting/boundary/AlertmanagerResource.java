package tcps.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.control.ExternalAlert;
import tcps.alerting.control.Silences;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.Silence;
import tcps.health.control.ServiceInstance;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * The part of Alertmanager's API v2 its clients use ({@code amtool}, Grafana's Alertmanager data source, Prometheus
 * sending alerts): status, alerts (list and post), silences (list, create, read, expire). Alerts and silences are the
 * product's own: a silence made here mutes the product's notifications.
 */
@Requires(Role.VIEWER)
@Path("v2")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AlertmanagerResource {

    private static final String SILENCE_ID = "{id: [0-9a-f-]{1,36}}";

    @Inject
    AlertEngine engine;

    @Inject
    Silences silences;

    @Inject
    ServiceInstance instance;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    @Path("status")
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("cluster", Map.of("name", "tcps", "status", "ready", "peers", List.of()));
        status.put(
                "versionInfo",
                Map.of(
                        "version",
                        instance.version(),
                        "branch",
                        "main",
                        "revision",
                        instance.version(),
                        "buildUser",
                        "tcps",
                        "buildDate",
                        "",
                        "goVersion",
                        "java" + Runtime.version().feature()));
        status.put("config", Map.of("original", "# TCPS Health Monitor: rules at /api/alert-rules\n"));
        status.put("uptime", instance.startedAt());
        return status;
    }

    @GET
    @Path("receivers")
    public List<AlertmanagerViews.Receiver> receivers() {
        return List.of(new AlertmanagerViews.Receiver("tcps"));
    }

    @GET
    @Path("alerts")
    public List<AlertmanagerViews.GettableAlert> alerts(
            @QueryParam("active") @DefaultValue("true") boolean active,
            @QueryParam("silenced") @DefaultValue("true") boolean silenced,
            @QueryParam("inhibited") @DefaultValue("true") boolean inhibited,
            @QueryParam("filter") @Size(max = 20) List<String> filter) {
        List<LabelMatcher> matchers = filter == null
                ? List.of()
                : filter.stream().map(MatcherText::parse).toList();
        String generator = uri.getBaseUriBuilder().path("alerts").build() + "/";
        return engine.active().stream()
                .filter(AlertFacts::raised)
                .filter(a -> a.silencedBy() != null ? silenced : a.inhibitedBy() != null ? inhibited : active)
                .filter(a -> LabelMatcher.all(matchers, a.labels()))
                .map(a -> AlertmanagerViews.GettableAlert.of(a, generator))
                .toList();
    }

    @POST
    @Path("alerts")
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response post(@NotNull @Size(max = 1000) List<AlertmanagerViews.PostableAlert> alerts) {
        for (AlertmanagerViews.PostableAlert alert : alerts) {
            engine.raise(external(alert), caller());
        }
        return Response.ok().build();
    }

    @GET
    @Path("silences")
    public List<AlertmanagerViews.GettableSilence> silences() {
        Instant now = Instant.now();
        return silences.all().stream()
                .map(s -> AlertmanagerViews.GettableSilence.of(s, now))
                .toList();
    }

    @GET
    @Path("silence/" + SILENCE_ID)
    public AlertmanagerViews.GettableSilence silence(@PathParam("id") String id) {
        return AlertmanagerViews.GettableSilence.of(silences.find(id), Instant.now());
    }

    /** Creates a silence; with the id of a silence that has not ended, replaces it (as Alertmanager does). */
    @POST
    @Path("silences")
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public AlertmanagerViews.SilenceCreated create(@NotNull AlertmanagerViews.PostableSilence posted) {
        if (posted.matchers() == null) {
            throw new tcps.problems.control.InvalidCommand("A silence needs matchers.", "matchers");
        }
        Silence created = silences.create(
                posted.matchers().stream()
                        .map(AlertmanagerViews.Matcher::matcher)
                        .toList(),
                posted.startsAt(),
                posted.endsAt(),
                caller(),
                posted.comment() == null ? "" : posted.comment());
        if (posted.id() != null && !posted.id().isBlank()) {
            Silence replaced = silences.find(posted.id());
            if (!"expired".equals(replaced.state(Instant.now()))) {
                silences.expire(replaced.getId());
            }
        }
        engine.evaluate();
        return new AlertmanagerViews.SilenceCreated(created.getId());
    }

    @DELETE
    @Path("silence/" + SILENCE_ID)
    @Requires(Role.OPERATOR)
    public Response expire(@PathParam("id") String id) {
        silences.expire(id);
        engine.evaluate();
        return Response.ok().build();
    }

    private static ExternalAlert external(AlertmanagerViews.PostableAlert alert) {
        Map<String, String> labels = alert.labels() == null ? Map.of() : alert.labels();
        String name = labels.get("alertname");
        if (name == null || name.isBlank()) {
            throw new tcps.problems.control.InvalidCommand("Every alert needs an alertname label.", "labels");
        }
        String severity = List.of("critical", "warning", "info").contains(labels.get("severity"))
                ? labels.get("severity")
                : "warning";
        String component = labels.getOrDefault("component", "external");
        Map<String, String> all = new LinkedHashMap<>(labels);
        all.put("severity", severity);
        all.put("component", component);
        return new ExternalAlert(
                name,
                severity,
                component,
                all,
                alert.annotations() == null ? Map.of() : alert.annotations(),
                alert.startsAt(),
                alert.endsAt());
    }

    private String caller() {
        return security.getUserPrincipal() == null
                ? "anonymous"
                : security.getUserPrincipal().getName();
    }
}
