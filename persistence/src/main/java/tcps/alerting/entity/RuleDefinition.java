package tcps.alerting.entity;

import java.util.List;
import java.util.Map;

/**
 * What a user defines of an alert rule. The condition is either a threshold ({@code metric operator threshold}, with
 * label matchers) or a CEL {@code expression} evaluated once per value of the {@code groupBy} labels. A rule that
 * divides by traffic names the metric counting its events and the minimum before it may fire (null: the configured
 * default).
 */
public record RuleDefinition(
        String name,
        String component,
        String severity,
        String metric,
        String operator,
        Double threshold,
        List<LabelMatcher> matchers,
        String expression,
        List<String> groupBy,
        long forSeconds,
        long cooldownSeconds,
        Map<String, String> labels,
        Map<String, String> annotations,
        String remediation,
        String eventsMetric,
        Integer minimumEvents,
        boolean enabled) {

    public boolean isExpression() {
        return expression != null;
    }
}
