package tcps.metrics.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Prometheus metric family: name, type, help and its samples. A null value is a figure that is undefined for now
 * (a percentile before the first completion): the scrape shows it as {@code NaN}, history leaves it out.
 */
public record MetricFamily(String name, String type, String help, List<Sample> samples) {

    private static final String SIMULATED_LABEL = "simulated=\"true\"";

    /**
     * {@code suffix} completes the family's name for this sample ({@code _count} and {@code _sum} of a summary, empty
     * otherwise); {@code labels} is the rendered label set without braces ({@code bucket="security"}), empty for none.
     */
    public record Sample(String suffix, String labels, Double value) {

        public Sample(String labels, Double value) {
            this("", labels, value);
        }

        public String key(String family) {
            return labels.isEmpty() ? family + suffix : family + suffix + "{" + labels + "}";
        }
    }

    static MetricFamily gauge(String name, String help, Number value) {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("", value == null ? null : value.doubleValue()));
        return new MetricFamily(name, "gauge", help, samples);
    }

    /**
     * A counter {@code name}, exposed as {@code name_total}. The text format (0.0.4) names the family after its sample,
     * so HELP and TYPE carry the suffix too; {@code promtool check metrics} expects exactly that.
     */
    static MetricFamily counter(String name, String help, Number value) {
        return new MetricFamily(
                name + "_total", "counter", help, gauge(name, help, value).samples());
    }

    static MetricFamily labelled(String name, String help, String label, Map<String, ? extends Number> values) {
        List<Sample> samples = new ArrayList<>();
        values.forEach((key, value) -> samples.add(
                new Sample(label + "=\"" + escape(key) + "\"", value == null ? null : value.doubleValue())));
        return new MetricFamily(name, "gauge", help, samples);
    }

    static String escape(String labelValue) {
        return labelValue.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** This family with every sample (or those whose labels are {@code onlyLabels}, when given) marked simulated. */
    MetricFamily simulatedIf(boolean simulated, String onlyLabels) {
        if (!simulated) {
            return this;
        }
        List<Sample> marked = new ArrayList<>();
        for (Sample sample : samples) {
            boolean affected = onlyLabels == null || onlyLabels.equals(sample.labels());
            marked.add(affected ? new Sample(sample.suffix(), withSimulated(sample.labels()), sample.value()) : sample);
        }
        return new MetricFamily(name, type, help, marked);
    }

    /** A sample whose value an active failure simulation stands in for. */
    public static boolean simulated(Sample sample) {
        return sample.labels().contains(SIMULATED_LABEL);
    }

    private static String withSimulated(String labels) {
        return labels.isEmpty() ? SIMULATED_LABEL : labels + "," + SIMULATED_LABEL;
    }
}
