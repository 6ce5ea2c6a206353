package tcps.alerting.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.Silences;
import tcps.alerting.entity.Silence;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Silences: matchers over a time range that keep matching alerts from being notified (they are still recorded).
 * Operators create and expire them; {@code DELETE} expires a silence early and keeps it in the history.
 */
@Requires(Role.VIEWER)
@Path("silences")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SilencesResource {

    private static final String ID = "{id: [0-9a-f-]{1,36}}";

    @Inject
    Silences silences;

    @Inject
    AlertEngine engine;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @GET
    public List<SilenceView> list() {
        Instant now = Instant.now();
        return silences.all().stream().map(s -> SilenceView.of(s, now)).toList();
    }

    @GET
    @Path(ID)
    public SilenceView find(@PathParam("id") String id) {
        return SilenceView.of(silences.find(id), Instant.now());
    }

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@NotNull @Valid SilenceInput input) {
        Silence silence = silences.create(
                input.matchers().stream().map(MatcherInput::matcher).toList(),
                input.startsAt(),
                input.endsAt(),
                security.getUserPrincipal().getName(),
                input.comment() == null ? "" : input.comment());
        engine.evaluate(); // alerts it matches are marked silenced at once
        return Response.created(
                        uri.getAbsolutePathBuilder().path(silence.getId()).build())
                .entity(SilenceView.of(silence, Instant.now()))
                .build();
    }

    @DELETE
    @Requires(Role.OPERATOR)
    @Path(ID)
    public SilenceView expire(@PathParam("id") String id) {
        Silence silence = silences.expire(id);
        engine.evaluate();
        return SilenceView.of(silence, Instant.now());
    }
}
