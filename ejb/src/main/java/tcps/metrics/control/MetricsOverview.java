package tcps.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tcps.health.control.LineOverview;

/** The metrics overview of the current snapshot, for the health report. */
@ApplicationScoped
public class MetricsOverview implements LineOverview {

    @Inject
    MetricsAggregator metrics;

    @Override
    public OverviewMetrics current() {
        return metrics.snapshot().overview();
    }
}
