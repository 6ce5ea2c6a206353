package tcps.metrics.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tcps.problems.control.UnknownEntity;

/** Categories, components and the Prometheus text as rendered and cached; every read is a cache hit or one snapshot. */
@ApplicationScoped
public class MetricsReader {

    public static final List<String> CATEGORIES =
            List.of("summary", "overview", "production", "quality", "kanban", "andon", "kaizen", "tpm", "flow", "all");

    /** Components by name ({@code get_component_metrics(kanban)}) and the category holding them. */
    static final Map<String, String> COMPONENTS = Map.of(
            "workorders", "production",
            "production", "production",
            "kanban", "kanban",
            "andon", "andon",
            "quality", "quality",
            "tpm", "tpm",
            "kaizen", "kaizen",
            "flow", "flow");

    @Inject
    MetricsAggregator aggregator;

    @Inject
    MetricsCache cache;

    @Inject
    Instance<MetricFamilySource> contributions;

    public String category(String name) {
        if (!CATEGORIES.contains(name)) {
            throw new UnknownEntity("metrics category", name);
        }
        return cache.json(name, () -> aggregator.snapshot().category(name));
    }

    /**
     * A category's figures as objects, read past the cache: for periodic pushes (the event stream's metrics-update),
     * so the cache's hit and miss counts keep measuring API reads. Written with JSON-B they read as {@link #category}.
     */
    public Object figures(String name) {
        if (!CATEGORIES.contains(name)) {
            throw new UnknownEntity("metrics category", name);
        }
        return aggregator.snapshot().category(name);
    }

    public String component(String name) {
        String category = COMPONENTS.get(name);
        if (category == null) {
            throw new UnknownEntity("metrics component", name);
        }
        return category(category);
    }

    public String prometheus() {
        return cache.text(
                MetricsCache.PROMETHEUS, () -> PrometheusText.render(MetricFamilies.of(aggregator.snapshot())));
    }

    /** The whole scrape: the built-in tcps_* families as cached, then every component's own (custom metrics), live. */
    public String scrape() {
        List<MetricFamily> live = new ArrayList<>();
        contributions.forEach(source -> live.addAll(source.families()));
        return prometheus() + PrometheusText.render(live);
    }

    /** Drops one cached rendering; the key is a category name or {@code prometheus}. */
    public void invalidate(String key) {
        if (!CATEGORIES.contains(key) && !MetricsCache.PROMETHEUS.equals(key)) {
            throw new UnknownEntity("metrics cache key", key);
        }
        cache.invalidate(key);
    }
}
