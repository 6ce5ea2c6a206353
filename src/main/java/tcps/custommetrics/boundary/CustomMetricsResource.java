package tcps.custommetrics.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import tcps.custommetrics.control.CustomMetricSeries;
import tcps.custommetrics.control.CustomMetrics;
import tcps.custommetrics.control.EmitMetric;
import tcps.custommetrics.control.MetricType;
import tcps.metrics.control.PrometheusText;
import tcps.rest.boundary.Page;
import tcps.rest.boundary.QueryParameters;
import tcps.security.boundary.Requires;
import tcps.security.boundary.ScrapeAccess;
import tcps.security.entity.Role;

/**
 * Custom metrics over HTTP ({@code emit_metric}): record a value, list the series, or read them in the Prometheus text
 * format ({@code /api/metrics/custom/prometheus}; the product's scrape at {@code /api/metrics/prometheus} holds them
 * too).
 */
@Requires(Role.VIEWER)
@Path("metrics/custom")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CustomMetricsResource {

    @Inject
    CustomMetrics metrics;

    /** Records one value and answers the series' figures so far. */
    @POST
    @Requires(Role.OPERATOR)
    @Consumes(MediaType.APPLICATION_JSON)
    public CustomMetricSeries emit(@NotNull @Valid EmitMetric metric) {
        return metrics.emit(metric);
    }

    /** Every series in the Prometheus text format (0.0.4). */
    @GET
    @ScrapeAccess
    @Path("prometheus")
    @Produces(PrometheusText.CONTENT_TYPE)
    public String prometheus() {
        return PrometheusText.render(metrics.families());
    }

    /** Every series, by name and tags; {@code name} and {@code type} narrow the list. */
    @GET
    public Page<CustomMetricSeries> list(
            @QueryParam("name") String name,
            @QueryParam("type") String type,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("50") String limit) {
        int first = QueryParameters.offset(offset);
        int size = QueryParameters.limit(limit);
        String wantedType =
                type == null || type.isBlank() ? null : MetricType.of(type).label();
        List<CustomMetricSeries> matching = metrics.list().stream()
                .filter(series ->
                        name == null || name.isBlank() || series.name().equals(name.strip()))
                .filter(series -> wantedType == null || series.type().equals(wantedType))
                .toList();
        List<CustomMetricSeries> page =
                matching.stream().skip(first).limit(size).toList();
        return new Page<>(page, matching.size(), first, size);
    }
}
