package tcps.ingestion.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tcps.ingestion.control.EventIngestion;
import tcps.ingestion.control.GroupCommit;
import tcps.ingestion.control.IngestedEvent;
import tcps.problems.boundary.Problem;
import tcps.problems.boundary.ProblemResponses;
import tcps.security.boundary.OwnBackPressure;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;

/**
 * Event ingestion for CI/CD pipelines: one event (committed in a group with other clients' single events, see
 * {@link GroupCommit}), or a batch of up to {@value #MAX_BATCH} applied in one transaction (all or nothing). Each
 * event is an object with a {@code type} and that type's fields. One instance serves every request (it holds nothing
 * per request): creating and injecting a resource per request showed as a sixth of the single-event path's time.
 */
@Requires(Role.VIEWER)
@OwnBackPressure
@Path("events")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EventsResource {

    static final int MAX_BATCH = 5000;

    @Inject
    EventIngestion ingestion;

    @Inject
    GroupCommit groups;

    @GET
    @Path("types")
    public List<String> types() {
        return ingestion.types();
    }

    /** Answered once the event committed, together with the single events other clients posted meanwhile. */
    @POST
    @Requires(Role.OPERATOR)
    public void one(JsonValue body, @Suspended AsyncResponse response, @Context UriInfo uri) {
        JsonObject event = required(body, JsonObject.class, "one event, a JSON object");
        boolean queued = groups.submit(event, (result, failure) -> {
            if (failure == null) {
                response.resume(result);
            } else {
                response.resume(failure);
            }
        });
        if (!queued) {
            response.resume(busy(uri));
        }
    }

    @POST
    @Requires(Role.OPERATOR)
    @Path("batch")
    public Map<String, Object> batch(JsonValue body) {
        JsonArray events = required(body, JsonArray.class, "a batch, a JSON array of events");
        if (events.isEmpty() || events.size() > MAX_BATCH) {
            throw new BadRequestException("A batch holds 1 to " + MAX_BATCH + " events, not " + events.size() + ".");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new BadRequestException("Event " + i + " is not a JSON object.");
            }
        }
        List<IngestedEvent> results = ingestion.ingest(events.getValuesAs(JsonObject.class));
        return Map.of("accepted", results.size(), "results", results);
    }

    /**
     * The body as the JSON type the endpoint takes. Read as any JSON value, so that an array, a string or null answers
     * 400 rather than failing the call; checked here rather than by Bean Validation, which around every single event
     * cost more than reading it.
     */
    private static <T extends JsonValue> T required(JsonValue body, Class<T> type, String expected) {
        if (!type.isInstance(body)) {
            String found = body == null
                    ? "nothing"
                    : "JSON " + body.getValueType().name().toLowerCase(Locale.ROOT);
            throw new BadRequestException("The body must be " + expected + "; it was " + found + ".");
        }
        return type.cast(body);
    }

    private static Response busy(UriInfo uri) {
        String detail = "Too many single events are waiting to be committed; nothing was written. Retry shortly, or"
                + " post a batch.";
        return Response.fromResponse(ProblemResponses.of(
                        Problem.plain(503, detail, uri.getRequestUri().getRawPath())))
                .header(HttpHeaders.RETRY_AFTER, 1)
                .build();
    }
}
