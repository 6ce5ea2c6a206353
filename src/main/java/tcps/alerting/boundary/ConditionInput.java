package tcps.alerting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A rule's condition: either a threshold ({@code metric}, {@code operator}, {@code threshold}, optional
 * {@code matchers}) or a CEL {@code expression} with optional {@code groupBy} labels.
 */
public record ConditionInput(
        @Size(max = 200) String metric,
        @Size(max = 2) String operator,
        Double threshold,
        @Valid @Size(max = 20) List<MatcherInput> matchers,
        @Size(max = 4000) String expression,
        @Size(max = 10)
                List<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*", message = "must be a label name") String> groupBy) {}
