package tcps.custommetrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricFamilySource;

/** Puts every custom metric into the product's Prometheus scrape, beside the built-in tcps_* metrics. */
@ApplicationScoped
public class CustomMetricFamilies implements MetricFamilySource {

    @Inject
    CustomMetrics metrics;

    @Override
    public List<MetricFamily> families() {
        return metrics.families();
    }
}
