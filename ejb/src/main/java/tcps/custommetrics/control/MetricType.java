package tcps.custommetrics.control;

import java.util.Arrays;
import java.util.Locale;
import tcps.problems.control.InvalidCommand;

/**
 * The four kinds of custom metric, as Prometheus defines them: a histogram counts observations into buckets
 * ({@code _bucket{le=...}}), a summary gives quantiles of its recent observations ({@code {quantile=...}}); both add
 * {@code _sum} and {@code _count}.
 */
public enum MetricType {
    COUNTER,
    GAUGE,
    HISTOGRAM,
    SUMMARY;

    /** Histograms and summaries record a distribution of observations rather than one value. */
    public boolean distribution() {
        return this == HISTOGRAM || this == SUMMARY;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static MetricType of(String type) {
        if (type != null) {
            for (MetricType candidate : values()) {
                if (candidate.label().equals(type.strip().toLowerCase(Locale.ROOT))) {
                    return candidate;
                }
            }
        }
        throw new InvalidCommand("Metric type '" + type + "' is not one of "
                + Arrays.stream(values()).map(MetricType::label).toList() + ".");
    }
}
