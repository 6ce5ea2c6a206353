package tcps.alerting.control;

import java.util.ArrayList;
import java.util.List;
import tcps.alerting.entity.RuleDefinition;

/**
 * Evaluates rules over one view of the metrics: pure, no database, no clock. A rule that divides by traffic holds only
 * when its events metric has reached the minimum (its own or {@code defaultMinimumEvents}), so a quiet line pages
 * nobody.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {}

    public static List<Finding> evaluate(List<CompiledRule> rules, MetricView view, int defaultMinimumEvents) {
        List<Finding> findings = new ArrayList<>();
        for (CompiledRule rule : rules) {
            RuleDefinition definition = rule.definition();
            if (!definition.enabled() || !enoughTraffic(definition, view, defaultMinimumEvents)) {
                continue;
            }
            for (Match match : rule.condition().matches(view)) {
                findings.add(finding(rule, match));
            }
        }
        return findings;
    }

    static boolean enoughTraffic(RuleDefinition rule, MetricView view, int defaultMinimumEvents) {
        if (rule.eventsMetric() == null) {
            return true;
        }
        int minimum = rule.minimumEvents() == null ? defaultMinimumEvents : rule.minimumEvents();
        double events = view.series(rule.eventsMetric()).stream()
                .mapToDouble(Series::value)
                .sum();
        return events >= minimum;
    }

    static Finding finding(CompiledRule rule, Match match) {
        return new Finding(rule, rule.fingerprint(match.labels()), match.labels(), match.value(), match.simulated());
    }
}
