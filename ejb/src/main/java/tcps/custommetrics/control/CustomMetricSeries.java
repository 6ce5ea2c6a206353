package tcps.custommetrics.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;

/**
 * A custom metric series as callers see it: figures since start-up. {@code count} is how many values were recorded,
 * {@code sum} their total (a counter's value), {@code last} the latest (a gauge's value); {@code min} and {@code max}
 * are exact.
 */
@JsonbPropertyOrder({"name", "type", "tags", "count", "sum", "min", "max", "last"})
public record CustomMetricSeries(
        String name,
        String type,
        Map<String, String> tags,
        long count,
        double sum,
        double min,
        double max,
        double last) {}
