package tcps.alerting.entity;

import java.util.Map;

/** What makes an alert the same alert: its rule and label set, summed up in the fingerprint. */
public record AlertKey(
        String fingerprint,
        String ruleId,
        String ruleName,
        String component,
        String severity,
        Map<String, String> labels) {}
