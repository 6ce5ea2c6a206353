package tcps.custommetrics.control;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
        // Far past any real measurement, and small enough that no rollup or history sum of them overflows a double
        @NotNull @DecimalMin("-1e300") @DecimalMax("1e300") Double value,
        @Size(max = MetricRules.MAX_TAGS) Map<String, String> tags) {}
