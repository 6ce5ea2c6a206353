package tcps.custommetrics.control;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * One custom metric value, also the body of {@code POST /api/metrics/custom}: a counter's increment, a gauge's new
 * value, or one observation of a histogram or summary. {@link MetricRules} checks names, tags and values in detail.
 */
public record EmitMetric(
        @NotBlank @Size(max = MetricRules.MAX_NAME_LENGTH) String name,
        @NotBlank @Size(max = 16) String type,
        @NotNull Double value,
        @Size(max = MetricRules.MAX_TAGS) Map<String, String> tags) {}
