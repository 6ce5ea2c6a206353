package tcps.custommetrics.control;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    /**
     * This series' sample lines in the Prometheus text format: a counter as {@code _total}, a gauge as its name, a
     * histogram as cumulative {@code _bucket{le=...}} lines, a summary as {@code {quantile=...}} lines; both of
     * these then {@code _sum} and {@code _count}.
     */
    synchronized void writeSamples(StringBuilder text) {
        switch (type) {
            case COUNTER -> sample(text, "_total", null, null, sum);
            case GAUGE -> sample(text, "", null, null, last);
            case HISTOGRAM -> {
                long cumulative = 0;
                for (int i = 0; i < buckets.length; i++) {
                    cumulative += buckets[i];
                    String bound = i < HistogramBuckets.BOUNDS.size() ? HistogramBuckets.BOUNDS.get(i) : "+Inf";
                    sample(text, "_bucket", "le", bound, cumulative);
                }
            }
            case SUMMARY -> {
                double[] quantiles = window.quantiles();
                List<String> names = SummaryWindow.QUANTILES;
                for (int i = 0; i < quantiles.length; i++) {
                    sample(text, "", "quantile", names.get(i), quantiles[i]);
                }
            }
        }
        if (type.distribution()) {
            sample(text, "_sum", null, null, sum);
            sample(text, "_count", null, null, count);
        }
    }

    private void sample(StringBuilder text, String suffix, String label, String labelValue, double value) {
        text.append(prometheusName(name, suffix, tags, label, labelValue))
                .append(' ')
                .append(number(value))
                .append('\n');
    }

    /** Whole numbers without a fraction, others as Java writes doubles; both are valid Prometheus floats. */
    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    private static String prometheusName(String name, String suffix, SortedMap<String, String> tags) {
        return prometheusName(name, suffix, tags, null, null);
    }

    /** The exposition's own label ({@code le}, {@code quantile}) comes after the tags, as client libraries write it. */
    private static String prometheusName(
            String name, String suffix, SortedMap<String, String> tags, String label, String labelValue) {
        Stream<String> labels = tags.entrySet().stream().map(tag -> tag.getKey() + "=\"" + tag.getValue() + "\"");
        if (label != null) {
            labels = Stream.concat(labels, Stream.of(label + "=\"" + labelValue + "\""));
        }
        String joined = labels.collect(Collectors.joining(","));
        return joined.isEmpty() ? name + suffix : name + suffix + "{" + joined + "}";
    }
}
