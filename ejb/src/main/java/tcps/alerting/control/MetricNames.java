package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tcps.metrics.control.MetricFamilies;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricFamilySource;
import tcps.metrics.control.MetricsAggregator;

/** The named metrics rules read: every family of the Prometheus scrape, built-in and contributed, at this moment. */
@ApplicationScoped
public class MetricNames {

    @Inject
    MetricsAggregator aggregator;

    @Inject
    Instance<MetricFamilySource> contributions;

    public MetricView view() {
        return MetricView.of(families());
    }

    /** Every name a rule may use, whether or not it has a value now. */
    public Set<String> current() {
        Set<String> names = new java.util.HashSet<>();
        for (MetricFamily family : families()) {
            names.add(family.name());
            family.samples().forEach(sample -> names.add(family.name() + sample.suffix()));
        }
        return names;
    }

    private List<MetricFamily> families() {
        List<MetricFamily> families = new ArrayList<>(MetricFamilies.of(aggregator.snapshot()));
        contributions.forEach(source -> families.addAll(source.families()));
        return families;
    }
}
