package tcps.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/** Every numeric tcps_* value of the current snapshot, by its Prometheus name, for the history rollup. */
@ApplicationScoped
public class LineMetricSource implements MetricSource {

    @Inject
    MetricsAggregator aggregator;

    @Override
    public Map<String, Double> currentValues() {
        return valuesOf(aggregator.snapshot());
    }

    static Map<String, Double> valuesOf(MetricsSnapshot snapshot) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (MetricFamily family : MetricFamilies.of(snapshot)) {
            for (MetricFamily.Sample sample : family.samples()) {
                // History keeps the line's real figures: a simulated one leaves a gap rather than a false value
                if (sample.value() != null && !MetricFamily.simulated(sample)) {
                    values.put(sample.key(family.name()), sample.value());
                }
            }
        }
        return values;
    }
}
