package tcps.custommetrics.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import tcps.metrics.control.MetricFamily;

/**
 * One custom metric with one set of tags: its exact figures since start-up, and what its kind adds for the Prometheus
 * exposition: a histogram's bucket counts, a summary's recent window for quantiles.
 */
final class CustomSeries {

    private final MetricType type;
    private final String name;
    private final SortedMap<String, String> tags;
    private final long[] buckets;
    private final SummaryWindow window;

    private long count;
    private double sum;
    private double min = Double.NaN;
    private double max = Double.NaN;
    private double last = Double.NaN;

    CustomSeries(MetricType type, String name, Map<String, String> tags) {
        this.type = type;
        this.name = name;
        this.tags = Collections.unmodifiableSortedMap(new TreeMap<>(tags));
        this.buckets = type == MetricType.HISTOGRAM ? new long[HistogramBuckets.BOUNDS.size() + 1] : null;
        this.window = type == MetricType.SUMMARY ? new SummaryWindow() : null;
    }

    /** The series' key: its name and tags as Prometheus writes them. */
    static String key(String name, Map<String, String> tags) {
        return prometheusName(name, "", new TreeMap<>(tags));
    }

    synchronized CustomMetricSeries record(double value) {
        count++;
        sum += value;
        min = count == 1 ? value : Math.min(min, value);
        max = count == 1 ? value : Math.max(max, value);
        last = value;
        if (buckets != null) {
            buckets[HistogramBuckets.indexOf(value)]++;
        }
        if (window != null) {
            window.record(value);
        }
        return view();
    }

    String name() {
        return name;
    }

    MetricType type() {
        return type;
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

    /** The Prometheus family this series belongs to: a counter's name ends with {@code _total}, as the format wants. */
    String familyName() {
        return type == MetricType.COUNTER ? name + "_total" : name;
    }

    String familyHelp() {
        return "Custom " + type.label() + " " + name + ".";
    }

    String familyType() {
        return type.label();
    }

    /** Its tags as Prometheus labels, sorted by key ({@code bucket="cost",stage="testing"}). */
    String labels() {
        return prometheusName("", "", tags).replaceAll("^\\{|\\}$", "");
    }

    /**
     * The series' samples in its family: a counter's total, a gauge's value, a histogram's cumulative
     * {@code _bucket{le=...}} counts, a summary's {@code {quantile=...}} values; both of these then {@code _sum} and
     * {@code _count}.
     */
    synchronized List<MetricFamily.Sample> samples() {
        List<MetricFamily.Sample> samples = new ArrayList<>();
        switch (type) {
            case COUNTER -> samples.add(new MetricFamily.Sample(labels(), sum));
            case GAUGE -> samples.add(new MetricFamily.Sample(labels(), last));
            case HISTOGRAM -> {
                long cumulative = 0;
                for (int i = 0; i < buckets.length; i++) {
                    cumulative += buckets[i];
                    String bound = i < HistogramBuckets.BOUNDS.size() ? HistogramBuckets.BOUNDS.get(i) : "+Inf";
                    samples.add(new MetricFamily.Sample("_bucket", with("le", bound), (double) cumulative));
                }
            }
            case SUMMARY -> {
                double[] quantiles = window.quantiles();
                for (int i = 0; i < quantiles.length; i++) {
                    samples.add(
                            new MetricFamily.Sample(with("quantile", SummaryWindow.QUANTILES.get(i)), quantiles[i]));
                }
            }
        }
        if (type.distribution()) {
            samples.add(new MetricFamily.Sample("_sum", labels(), sum));
            samples.add(new MetricFamily.Sample("_count", labels(), (double) count));
        }
        return samples;
    }

    /** The exposition's own label ({@code le}, {@code quantile}) comes after the tags, as client libraries write it. */
    private String with(String label, String value) {
        String own = label + "=\"" + value + "\"";
        return tags.isEmpty() ? own : labels() + "," + own;
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
