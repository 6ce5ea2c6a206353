package tcps.custommetrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;
import tcps.metrics.control.MetricFamily;
import tcps.problems.control.InvalidStateTransition;

/**
 * Custom metrics ({@code emit_metric}): counters, gauges, histograms and summaries with tags, for any code that
 * injects this bean and for {@code POST /api/metrics/custom}. They join the product's scrape
 * ({@code /api/metrics/prometheus}, see {@link CustomMetricFamilies}), each kind as Prometheus defines it: MicroProfile Metrics 5.1 counts and observes in longs
 * only and shows a histogram as a summary, so the series are not kept in its registry. A name keeps the type it was
 * first used with, and its first tag keys; a name the registry holds for a built-in metric is refused.
 */
@ApplicationScoped
public class CustomMetrics {

    @Inject
    MetricRegistry registry;

    @Inject
    @ConfigProperty(name = "tcps.custommetrics.max-series", defaultValue = "1000")
    int maxSeries;

    private final ConcurrentMap<String, Declared> names = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, CustomSeries> series = new ConcurrentHashMap<>();

    public CustomMetricSeries emit(EmitMetric metric) {
        return emit(MetricType.of(metric.type()), metric.name(), metric.value(), metric.tags());
    }

    public CustomMetricSeries counter(String name, double increment, Map<String, String> tags) {
        return emit(MetricType.COUNTER, name, increment, tags);
    }

    public CustomMetricSeries gauge(String name, double value, Map<String, String> tags) {
        return emit(MetricType.GAUGE, name, value, tags);
    }

    public CustomMetricSeries histogram(String name, double value, Map<String, String> tags) {
        return emit(MetricType.HISTOGRAM, name, value, tags);
    }

    public CustomMetricSeries summary(String name, double value, Map<String, String> tags) {
        return emit(MetricType.SUMMARY, name, value, tags);
    }

    public CustomMetricSeries emit(MetricType type, String name, Double value, Map<String, String> tags) {
        Map<String, String> given = tags == null ? Map.of() : tags;
        MetricRules.check(type, name, value, given);
        claim(name, new Declared(type, new TreeSet<>(given.keySet())));
        return seriesFor(type, name, given).record(value);
    }

    /** Every series, by name and then by tags. */
    public List<CustomMetricSeries> list() {
        return series.values().stream()
                .map(CustomSeries::view)
                .sorted(Comparator.comparing(CustomMetricSeries::name)
                        .thenComparing(s -> s.tags().toString()))
                .toList();
    }

    /** Every custom metric as a Prometheus family, by name, each with its series in the order of their tags. */
    public List<MetricFamily> families() {
        Map<String, List<CustomSeries>> byName = new TreeMap<>();
        series.values().forEach(s -> byName.computeIfAbsent(s.familyName(), name -> new ArrayList<>())
                .add(s));
        List<MetricFamily> families = new ArrayList<>();
        byName.forEach((family, members) -> {
            members.sort(Comparator.comparing(CustomSeries::labels));
            List<MetricFamily.Sample> samples = new ArrayList<>();
            members.forEach(s -> samples.addAll(s.samples()));
            CustomSeries first = members.get(0);
            families.add(new MetricFamily(family, first.familyType(), first.familyHelp(), samples));
        });
        return families;
    }

    /** The values history samples from every series (see {@link CustomSeries#values()}). */
    public Map<String, Double> currentValues() {
        Map<String, Double> values = new HashMap<>();
        series.values().forEach(s -> values.putAll(s.values()));
        return values;
    }

    /**
     * The first use of a name declares its type and tag keys; every later series of the name must match them (the
     * registry refuses a name's series with other tag keys, and Prometheus expects one label set per family).
     */
    private void claim(String name, Declared wanted) {
        // Decided under the map's lock for this name: the registry check and the claim cannot interleave.
        Declared owner = names.computeIfAbsent(name, free -> registry.getMetadata(free) == null ? wanted : null);
        if (owner == null) {
            throw new InvalidStateTransition("Metric name '" + name + "' belongs to a built-in metric.");
        }
        if (owner.type() != wanted.type()) {
            throw new InvalidStateTransition(
                    "Metric '" + name + "' is a " + owner.type().label() + "; it cannot be used as a "
                            + wanted.type().label() + ".");
        }
        if (!owner.tagKeys().equals(wanted.tagKeys())) {
            throw new InvalidStateTransition("Metric '" + name + "' has the tag keys " + owner.tagKeys()
                    + "; every series of a name has the same keys, got " + wanted.tagKeys() + ".");
        }
    }

    private record Declared(MetricType type, SortedSet<String> tagKeys) {}

    private CustomSeries seriesFor(MetricType type, String name, Map<String, String> tags) {
        String key = CustomSeries.key(name, tags);
        CustomSeries existing = series.get(key);
        if (existing != null) {
            return existing;
        }
        synchronized (series) {
            existing = series.get(key);
            if (existing != null) {
                return existing;
            }
            if (series.size() >= maxSeries) {
                throw new InvalidStateTransition("There are " + series.size()
                        + " custom metric series already, the configured maximum (tcps.custommetrics.max-series).");
            }
            CustomSeries created = new CustomSeries(type, name, tags);
            series.put(key, created);
            return created;
        }
    }
}
