package tcps.alerting.control;

import java.util.LinkedHashMap;
import java.util.Map;
import tcps.alerting.entity.RuleDefinition;

/**
 * A rule's condition holding for one label set now: the alert's fingerprint, the value and whether it is simulated.
 * Its labels (the rule's, then the series', then alertname, rule, severity and component) and rendered annotations
 * are put together only when asked, which is when an alert opens or fires, not on every evaluation.
 */
public record Finding(
        CompiledRule rule, String fingerprint, Map<String, String> series, Double value, boolean simulated) {

    public Map<String, String> labels() {
        RuleDefinition definition = rule.definition();
        Map<String, String> labels = new LinkedHashMap<>(definition.labels());
        labels.putAll(series);
        labels.put("alertname", definition.name());
        labels.put("rule", rule.id());
        labels.put("severity", definition.severity());
        labels.put("component", definition.component());
        return labels;
    }

    public Map<String, String> annotations() {
        return Templates.render(
                rule.definition().annotations(), value, rule.definition().threshold(), labels());
    }
}
