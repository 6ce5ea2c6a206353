package tcps.metrics.control;

import java.util.List;

/**
 * The Prometheus text exposition format, version 0.0.4: HELP and TYPE lines, then one line per sample. An undefined
 * figure is written {@code NaN}, as Prometheus' client libraries write an empty summary's quantiles: the series exists
 * from the first scrape, so dashboards and alert rules find it before there is data.
 */
public final class PrometheusText {

    public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private PrometheusText() {}

    public static String render(List<MetricFamily> families) {
        StringBuilder text = new StringBuilder(8192);
        for (MetricFamily family : families) {
            text.append("# HELP ")
                    .append(family.name())
                    .append(' ')
                    .append(family.help())
                    .append('\n');
            text.append("# TYPE ")
                    .append(family.name())
                    .append(' ')
                    .append(family.type())
                    .append('\n');
            for (MetricFamily.Sample sample : family.samples()) {
                text.append(sample.key(family.name()))
                        .append(' ')
                        .append(sample.value() == null ? "NaN" : number(sample.value()))
                        .append('\n');
            }
        }
        return text.toString();
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
