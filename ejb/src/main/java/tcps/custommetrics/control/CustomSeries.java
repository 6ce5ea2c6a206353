package tcps.custommetrics.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;

/**
 * One custom metric with one set of tags: its exact figures since start-up, kept beside the MicroProfile metric that
 * {@code /metrics} shows, so listings and history never depend on the registry's sampling.
 */
final class CustomSeries {

    private final MetricType type;
    private final String name;
    private final SortedMap<String, String> tags;
    private DoubleConsumer exported = value -> {};

    private long count;
    private double sum;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private double last = Double.NaN;

    CustomSeries(MetricType type, String name, Map<String, String> tags) {
        this.type = type;
        this.name = name;
        this.tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
    }

    /** The series' key: its name and tags as Prometheus writes them. */
    static String key(String name, Map<String, String> tags) {
        return prometheusName(name, "", new TreeMap<>(tags));
    }

    /** Where each recorded value goes besides this series' own figures (the registry's counter or histogram). */
    void exportTo(DoubleConsumer exported) {
        this.exported = exported;
    }

    synchronized CustomMetricSeries record(double value) {
        exported.accept(value);
        count++;
        sum += value;
        min = count == 1 ? value : Math.min(min, value);
        max = count == 1 ? value : Math.max(max, value);
        last = value;
        return view();
    }

    /** The gauge's current value, read by the registry on every scrape. */
    synchronized double last() {
        return last;
    }

    synchronized CustomMetricSeries view() {
        return new CustomMetricSeries(name, type.label(), tags, count, sum, min, max, last);
    }

    /**
     * What history samples, by Prometheus-style name: a counter's total, a gauge's value, and a distribution's count and
     * sum (their changes per minute give the rate and the mean).
     */
    synchronized Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        switch (type) {
            case COUNTER -> values.put(prometheusName(name, "_total", tags), sum);
            case GAUGE -> values.put(prometheusName(name, "", tags), last);
            case HISTOGRAM, SUMMARY -> {
                values.put(prometheusName(name, "_count", tags), (double) count);
                values.put(prometheusName(name, "_sum", tags), sum);
            }
        }
        return values;
    }

    private static String prometheusName(String name, String suffix, SortedMap<String, String> tags) {
        if (tags.isEmpty()) {
            return name + suffix;
        }
        return tags.entrySet().stream()
                .map(tag -> tag.getKey() + "=\"" + tag.getValue() + "\"")
                .collect(Collectors.joining(",", name + suffix + "{", "}"));
    }
}
