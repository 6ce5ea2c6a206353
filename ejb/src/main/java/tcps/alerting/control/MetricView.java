package tcps.alerting.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tcps.metrics.control.MetricFamily;

/**
 * The product's named metrics at one moment, as the Prometheus scrape shows them ({@code tcps_*} and custom metrics),
 * for rules to read. Undefined figures (NaN in the scrape) are left out: a rule over them does not hold.
 */
public final class MetricView {

    private final Map<String, List<Series>> byName;

    private MetricView(Map<String, List<Series>> byName) {
        this.byName = byName;
    }

    public static MetricView of(List<MetricFamily> families) {
        Map<String, List<Series>> byName = new HashMap<>();
        for (MetricFamily family : families) {
            for (MetricFamily.Sample sample : family.samples()) {
                if (sample.value() == null || sample.value().isNaN()) {
                    continue;
                }
                Map<String, String> labels = LabelText.parse(sample.labels());
                boolean simulated = "true".equals(labels.remove("simulated"));
                byName.computeIfAbsent(family.name() + sample.suffix(), name -> new ArrayList<>())
                        .add(new Series(Map.copyOf(labels), sample.value(), simulated));
            }
        }
        return new MetricView(byName);
    }

    public List<Series> series(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** The series of a metric without labels; null when the metric has none. */
    public Series single(String name) {
        for (Series series : series(name)) {
            if (series.labels().isEmpty()) {
                return series;
            }
        }
        return null;
    }

    public Set<String> names() {
        return byName.keySet();
    }
}
