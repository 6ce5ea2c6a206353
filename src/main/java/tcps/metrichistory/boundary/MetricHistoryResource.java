package tcps.metrichistory.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import tcps.metrichistory.control.HistoryQuery;
import tcps.metrichistory.control.HistoryRecorder;
import tcps.metrichistory.control.HistoryRetention;
import tcps.metrichistory.control.MetricHistory;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.storage.entity.Timestamps;

/**
 * Metric history from the minute rollups: one metric over a range in steps, the names history knows, and the two
 * operations an operator may want now rather than on the timer (write the current minute, purge old minutes).
 */
@Requires(Role.VIEWER)
@Path("metrics/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MetricHistoryResource {

    @Inject
    HistoryQuery query;

    @Inject
    HistoryRecorder recorder;

    @Inject
    HistoryRetention retention;

    /** {@code metric} is required; {@code from}/{@code to} ISO-8601 (default the last hour), {@code step} PT1M... */
    @GET
    public MetricHistory history(
            @QueryParam("metric") String metric,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("step") String step) {
        return query.history(
                metric,
                QueryParameters.instant("from", from),
                QueryParameters.instant("to", to),
                step,
                Timestamps.now());
    }

    @GET
    @Path("names")
    public Page<String> names(
            @QueryParam("prefix") String prefix,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        int first = QueryParameters.offset(offset);
        int size = QueryParameters.limit(limit);
        return Page.of(query.names(prefix, first, size), name -> name, first, size);
    }

    @POST
    @Requires(Role.ADMIN)
    @Path("flush")
    public HistoryRecorder.Flushed flush() {
        return recorder.flush();
    }

    @POST
    @Requires(Role.ADMIN)
    @Path("purge")
    public HistoryRetention.Purged purge() {
        return retention.purge();
    }
}
