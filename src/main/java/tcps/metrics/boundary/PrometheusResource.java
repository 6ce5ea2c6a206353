package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.List;
import tcps.health.control.StreamClientCount;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricsReader;
import tcps.metrics.control.PrometheusText;
import tcps.security.boundary.ScrapeAccess;

/**
 * Every tcps_* metric and every custom metric in the Prometheus text format (0.0.4): the one scrape job to configure.
 * The server's {@code /metrics} is the runtime's MicroProfile Metrics (JVM and server figures).
 */
@ScrapeAccess
@Path("metrics/prometheus")
@ApplicationScoped
public class PrometheusResource {

    @Inject
    MetricsReader metrics;

    @Inject
    StreamClientCount stream;

    @GET
    public Response scrape() {
        return Response.ok(metrics.scrape() + connections())
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
