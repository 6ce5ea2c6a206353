package tcps.andon.boundary;

import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.Locale;
import tcps.andon.control.AndonLine;
import tcps.andon.control.AndonStatistics;
import tcps.andon.control.AndonSummary;
import tcps.andon.control.ResolveAndon;
import tcps.andon.control.TriggerAndon;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonFilter;
import tcps.andon.entity.AndonStatus;
import tcps.andon.entity.Severity;
import tcps.rest.boundary.Created;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Stop-the-line events: CI pipelines and people pull the cord here, and resolve it with what they learnt. Query
 * parameters are taken as text and validated, so a wrong one answers 400 naming it (JAX-RS would answer 404).
 */
@Requires(Role.VIEWER)
@Path("andon")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AndonResource {

    private static final String ID = "{id: [0-9]{1,18}}";

    @Inject
    AndonLine line;

    @Inject
    AndonStatistics statistics;

    @Context
    UriInfo uri;

    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response trigger(@NotNull @Valid TriggerAndon command) {
        AndonEvent event = line.trigger(command);
        return Created.below(uri, event.getId(), AndonView.of(event, Instant.now()));
    }

    @GET
    public Page<AndonView> list(
            @QueryParam("status") @Pattern(regexp = "(?i)OPEN|RESOLVED", message = "must be OPEN or RESOLVED")
                    String status,
            @QueryParam("severity")
                    @Pattern(regexp = "(?i)CRITICAL|WARNING|INFO", message = "must be CRITICAL, WARNING or INFO")
                    String severity,
            @QueryParam("skuId") @Size(max = 128) String skuId,
            @QueryParam("workOrderId") @Pattern(regexp = "[0-9]{1,18}", message = "must be a positive number")
                    String workOrderId,
            @QueryParam("from") @IsoInstant String from,
            @QueryParam("to") @IsoInstant String to,
            @QueryParam("limit") @DefaultValue("50") @Pattern(regexp = "[0-9]{1,9}") @Min(1) @Max(500) String limit,
            @QueryParam("offset") @DefaultValue("0") @Pattern(regexp = "[0-9]{1,9}") String offset) {
        Instant start = IsoInstantValidator.parse(from);
        Instant end = IsoInstantValidator.parse(to);
        QueryParameters.requireOrdered(start, end);
        AndonFilter filter = new AndonFilter(
                status == null ? null : AndonStatus.valueOf(status.toUpperCase(Locale.ROOT)),
                severity == null ? null : Severity.valueOf(severity.toUpperCase(Locale.ROOT)),
                skuId == null || skuId.isBlank() ? null : skuId.strip(),
                workOrderId == null ? null : Long.valueOf(workOrderId),
                start,
                end);
        Instant now = Instant.now();
        int first = Integer.parseInt(offset);
        int size = Integer.parseInt(limit);
        return Page.of(line.list(filter, first, size), event -> AndonView.of(event, now), first, size);
    }

    @GET
    @Path(ID)
    public AndonView find(@PathParam("id") long id) {
        return AndonView.of(line.find(id), Instant.now());
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path(ID + "/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    public AndonView resolve(@PathParam("id") long id, @NotNull @Valid ResolveAndon command) {
        return AndonView.of(line.resolve(id, command), Instant.now());
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path(ID + "/escalate")
    public AndonView escalate(@PathParam("id") long id) {
        return AndonView.of(line.escalate(id), Instant.now());
    }

    @GET
    @Path("summary")
    public AndonSummary summary() {
        return statistics.summary();
    }
}
