package tcps.alerting.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import tcps.alerting.entity.RuleDefinition;
import tcps.problems.control.InvalidCommand;

/** The body of {@code POST /api/alert-rules} and {@code PUT /api/alert-rules/{id}}. */
public record RuleInput(
        @Size(max = 64) String id,
        @NotBlank @Size(max = 200) String name,
        @NotBlank
                @Size(max = 64)
                @Pattern(regexp = "[a-z][a-z0-9_-]*", message = "must be a component name such as quality")
                String component,
        @NotBlank String severity,
        @NotNull @Valid ConditionInput condition,
        @PositiveOrZero @Max(31_536_000) Long forSeconds,
        @PositiveOrZero @Max(31_536_000) Long cooldownSeconds,
        @Size(max = 20)
                Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*") String, @NotNull @Size(max = 200) String> labels,
        @Size(max = 10)
                Map<@Pattern(regexp = "[A-Za-z_][A-Za-z0-9_]*") String, @NotNull @Size(max = 1000) String> annotations,
        @Size(max = 64)
                @Pattern(regexp = "[a-z][a-z0-9_]*", message = "must be an action name such as pause_new_work_orders")
                String remediation,
        @Size(max = 200) String eventsMetric,
        @PositiveOrZero Integer minimumEvents,
        Boolean enabled,
        Integer version) {

    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("alertname", "rule", "severity", "component");

    RuleDefinition definition() {
        boolean expression = condition.expression() != null;
        if (expression == (condition.metric() != null)) {
            throw new InvalidCommand(
                    "A condition is either a metric with an operator and a threshold, or an expression.", "condition");
        }
        if (labels != null && labels.keySet().stream().anyMatch(RESERVED::contains)) {
            throw new InvalidCommand("Labels " + RESERVED + " are set by the rule itself.", "labels");
        }
        return new RuleDefinition(
                name.strip(),
                component,
                severity,
                condition.metric(),
                condition.operator(),
                condition.threshold(),
                condition.matchers() == null
                        ? List.of()
                        : condition.matchers().stream()
                                .map(MatcherInput::matcher)
                                .toList(),
                condition.expression(),
                condition.groupBy() == null ? List.of() : List.copyOf(condition.groupBy()),
                forSeconds == null ? 0 : forSeconds,
                cooldownSeconds == null ? 0 : cooldownSeconds,
                labels == null ? Map.of() : Map.copyOf(labels),
                annotations == null ? Map.of() : Map.copyOf(annotations),
                remediation,
                eventsMetric,
                minimumEvents,
                enabled == null || enabled);
    }
}
