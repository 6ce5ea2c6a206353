package tcps.metrics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import tcps.metrics.control.MetricsAggregator;

/** Not ready before the metrics are rebuilt from the database: a dashboard or scraper would read zeros. */
@Readiness
@ApplicationScoped
public class MetricsReadinessCheck implements HealthCheck {

    @Inject
    MetricsAggregator aggregator;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("metrics-aggregates")
                .status(aggregator.rebuilt())
                .build();
    }
}
