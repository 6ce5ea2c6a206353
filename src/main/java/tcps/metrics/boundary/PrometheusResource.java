package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import tcps.metrics.control.MetricsReader;
import tcps.metrics.control.PrometheusText;

/** Every tcps_* metric in the Prometheus text format (0.0.4), for a scrape job pointed at this path. */
@Path("metrics/prometheus")
@ApplicationScoped
public class PrometheusResource {

    @Inject
    MetricsReader metrics;

    @GET
    public Response scrape() {
        return Response.ok(metrics.prometheus())
                .header("Content-Type", PrometheusText.CONTENT_TYPE)
                .build();
    }
}
