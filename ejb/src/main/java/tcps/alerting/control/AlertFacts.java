package tcps.alerting.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import tcps.alerting.entity.Alert;

/**
 * An alert as the API, the live feed and the notifications show it. {@code rule} is the rule's name and
 * {@code message} its summary, as {@code check_alert_rules} answers; {@code triggeredAt} is when it fired (null while
 * pending). {@code silencedBy} and {@code inhibitedBy} say why it is not notified, if it is not.
 */
@JsonbPropertyOrder({
    "id",
    "severity",
    "component",
    "rule",
    "message",
    "state",
    "triggeredAt",
    "value",
    "threshold",
    "simulated"
})
public record AlertFacts(
        long id,
        String fingerprint,
        String rule,
        String ruleId,
        String severity,
        String component,
        String message,
        String state,
        String origin,
        Double value,
        Double threshold,
        boolean simulated,
        Map<String, String> labels,
        Map<String, String> annotations,
        String silencedBy,
        Long inhibitedBy,
        Instant startedAt,
        Instant triggeredAt,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String acknowledgeComment,
        Instant resolvedAt,
        String resolvedBy,
        Instant endsAt) {

    public static AlertFacts of(Alert alert) {
        return new AlertFacts(
                alert.getId(),
                alert.getFingerprint(),
                alert.getRuleName(),
                alert.getRuleId(),
                alert.getSeverity(),
                alert.getComponent(),
                alert.getAnnotations().getOrDefault("summary", alert.getRuleName()),
                alert.getState().label(),
                alert.getOrigin(),
                alert.getValue(),
                alert.getThreshold(),
                alert.isSimulated(),
                alert.getLabels(),
                alert.getAnnotations(),
                alert.getSilencedBy(),
                alert.getInhibitedBy(),
                alert.getStartedAt(),
                alert.getFiredAt(),
                alert.getAcknowledgedAt(),
                alert.getAcknowledgedBy(),
                alert.getAcknowledgeComment(),
                alert.getResolvedAt(),
                alert.getResolvedBy(),
                alert.getEndsAt());
    }

    /** The same alert with other silence and inhibition marks. */
    public AlertFacts muted(String silence, Long inhibitor) {
        return new AlertFacts(
                id,
                fingerprint,
                rule,
                ruleId,
                severity,
                component,
                message,
                state,
                origin,
                value,
                threshold,
                simulated,
                labels,
                annotations,
                silence,
                inhibitor,
                startedAt,
                triggeredAt,
                acknowledgedAt,
                acknowledgedBy,
                acknowledgeComment,
                resolvedAt,
                resolvedBy,
                endsAt);
    }

    public boolean raised() {
        return "firing".equals(state) || "acknowledged".equals(state);
    }

    public boolean muted() {
        return silencedBy != null || inhibitedBy != null;
    }
}
