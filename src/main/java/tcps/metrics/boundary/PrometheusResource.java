package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import tcps.custommetrics.control.CustomMetrics;
import tcps.dashboard.control.StreamClients;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricsReader;
import tcps.metrics.control.PrometheusText;

/**
 * Every tcps_* metric in the Prometheus text format (0.0.4), for a scrape job pointed at this path, and the custom
 * metrics ({@code emit_metric}) after them.
 */
@Path("metrics/prometheus")
@ApplicationScoped
public class PrometheusResource {

    @Inject
    MetricsReader metrics;

    @Inject
    StreamClients stream;

    @Inject
    CustomMetrics custom;

    @GET
    public Response scrape() {
        return Response.ok(metrics.prometheus() + connections() + custom.prometheus())
                .header("Content-Type", PrometheusText.CONTENT_TYPE)
                .build();
    }

    // Read live on every scrape, after the cached production metrics: connections come and go without any change
    // that would invalidate that cache
    private String connections() {
        return PrometheusText.render(List.of(new MetricFamily(
                "tcps_sse_connected_clients",
                "gauge",
                "Clients connected to the dashboard's event stream (/api/stream).",
                List.of(new MetricFamily.Sample("", (double) stream.count())))));
    }
}
