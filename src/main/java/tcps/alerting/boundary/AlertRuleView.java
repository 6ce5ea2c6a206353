package tcps.alerting.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tcps.alerting.entity.AlertRule;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.RuleDefinition;

/** A rule as the API shows it; {@code condition} has the same shape as in a request. */
@JsonbPropertyOrder({"id", "name", "component", "severity", "condition", "forSeconds", "cooldownSeconds"})
public record AlertRuleView(
        String id,
        String name,
        String component,
        String severity,
        Map<String, Object> condition,
        long forSeconds,
        long cooldownSeconds,
        Map<String, String> labels,
        Map<String, String> annotations,
        String remediation,
        String eventsMetric,
        Integer minimumEvents,
        boolean enabled,
        boolean builtin,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    static AlertRuleView of(AlertRule rule) {
        RuleDefinition d = rule.definition();
        Map<String, Object> condition = new LinkedHashMap<>();
        if (d.isExpression()) {
            condition.put("expression", d.expression());
            condition.put("groupBy", d.groupBy());
        } else {
            condition.put("metric", d.metric());
            condition.put("operator", d.operator());
            condition.put("threshold", d.threshold());
            condition.put(
                    "matchers",
                    d.matchers().stream().map(AlertRuleView::matcher).toList());
        }
        return new AlertRuleView(
                rule.getId(),
                d.name(),
                d.component(),
                d.severity(),
                condition,
                d.forSeconds(),
                d.cooldownSeconds(),
                d.labels(),
                d.annotations(),
                d.remediation(),
                d.eventsMetric(),
                d.minimumEvents(),
                d.enabled(),
                rule.isBuiltin(),
                rule.getVersion(),
                rule.getCreatedAt(),
                rule.getUpdatedAt());
    }

    private static Map<String, String> matcher(LabelMatcher m) {
        return Map.of("name", m.name(), "type", m.type(), "value", m.value());
    }
}
