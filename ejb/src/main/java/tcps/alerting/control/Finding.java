package tcps.alerting.control;

import java.util.Map;

/**
 * A rule's condition holding for one label set now: the alert's fingerprint, its labels (the rule's, then the series',
 * then alertname, rule, severity and component), the rendered annotations, the value and whether it is simulated.
 */
public record Finding(
        CompiledRule rule,
        String fingerprint,
        Map<String, String> labels,
        Map<String, String> annotations,
        Double value,
        boolean simulated) {}
