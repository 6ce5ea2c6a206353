package tcps.custommetrics.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.stream.Collectors;
import tcps.metrics.control.MetricFamily;

/**
 * One custom metric with one set of tags: its exact figures since start-up, kept beside the MicroProfile metric that
 * {@code /metrics} shows, so listings, history and the product's scrape never depend on the registry's sampling.
 */
final class CustomSeries {

    private final MetricType type;
    private final String name;
    private final SortedMap<String, String> tags;
    private final String labels;
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
        this.labels = labels(this.tags);
    }

    /** The series' key: its name and tags as Prometheus writes them. */
    static String key(String name, Map<String, String> tags) {
        return new MetricFamily.Sample(labels(new TreeMap<>(tags)), null).key(name);
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
     * What history samples, by Prometheus name: a counter's total, a gauge's value, and a distribution's count and sum
     * (their changes per minute give the rate and the mean); the same series the scrape shows.
     */
    synchronized Map<String, Double> values() {
        Map<String, Double> values = new LinkedHashMap<>();
        samples().forEach(sample -> values.put(sample.key(familyName()), sample.value()));
        return values;
    }

    /** Its tags as Prometheus labels, sorted by key ({@code bucket="cost",stage="testing"}). */
    String labels() {
        return labels;
    }

    /** The Prometheus family this series belongs to: a counter's name ends with {@code _total}, as the format wants. */
    String familyName() {
        return type == MetricType.COUNTER ? name + "_total" : name;
    }

    String familyHelp() {
        return "Custom " + type.label() + " " + name + ".";
    }

    /**
     * The family's type in the exposition. Histograms and summaries both keep exact counts and sums but neither buckets
     * nor quantiles, so both are written as a summary of count and sum (a valid summary without quantiles).
     */
    String familyType() {
        return switch (type) {
            case COUNTER -> "counter";
            case GAUGE -> "gauge";
            case HISTOGRAM, SUMMARY -> "summary";
        };
    }

    /** The series' samples in its family: a counter's total, a gauge's value, a distribution's count and sum. */
    synchronized List<MetricFamily.Sample> samples() {
        return switch (type) {
            case COUNTER -> List.of(new MetricFamily.Sample(labels, sum));
            case GAUGE -> List.of(new MetricFamily.Sample(labels, last));
            case HISTOGRAM, SUMMARY -> List.of(
                    new MetricFamily.Sample("_count", labels, (double) count),
                    new MetricFamily.Sample("_sum", labels, sum));
        };
    }

    /** Tags as Prometheus labels, sorted by key; {@link MetricRules} leaves nothing in a value to escape. */
    private static String labels(SortedMap<String, String> tags) {
        return tags.entrySet().stream()
                .map(tag -> tag.getKey() + "=\"" + tag.getValue() + "\"")
                .collect(Collectors.joining(","));
    }
}
