package tcps.alerting.control;

import java.time.Instant;
import java.util.Map;

/**
 * An alert an external system raises ({@code send_alert}): the same lifecycle as a rule's, starting firing. Posted
 * again with the same name and labels it is the same alert; an {@code endsAt} in the past resolves it.
 */
public record ExternalAlert(
        String name,
        String severity,
        String component,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt) {

    public static final String RULE_PREFIX = "external:";

    public String ruleId() {
        return RULE_PREFIX + name;
    }
}
