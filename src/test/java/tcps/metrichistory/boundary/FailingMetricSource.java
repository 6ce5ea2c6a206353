package tcps.metrichistory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import tcps.metrics.control.MetricSource;

/** Test-only source, added to the deployment by MetricHistoryIT: it always fails, and history must go on without it. */
@ApplicationScoped
public class FailingMetricSource implements MetricSource {

    @Override
    public Map<String, Double> currentValues() {
        throw new IllegalStateException("This source always fails");
    }
}
