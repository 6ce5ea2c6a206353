package tcps.custommetrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import tcps.metrics.control.MetricSource;

/** Puts every custom metric into history: counters' totals, gauges' values, distributions' counts and sums. */
@ApplicationScoped
public class CustomMetricValues implements MetricSource {

    @Inject
    CustomMetrics metrics;

    @Override
    public Map<String, Double> currentValues() {
        return metrics.currentValues();
    }
}
