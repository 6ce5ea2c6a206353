package tcps.andon.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonStatus;
import tcps.andon.entity.Severity;

/**
 * An Andon event as the API shows it. {@code openDurationMs} is how long the line has been stopped so far (while
 * open) or was stopped (once resolved, equal to {@code resolutionTimeMs = resolvedAt - triggeredAt}).
 */
@JsonbPropertyOrder({
    "id",
    "failureType",
    "severity",
    "status",
    "skuId",
    "workOrderId",
    "stage",
    "details",
    "triggeredAt",
    "escalationLevel",
    "escalatedAt",
    "openDurationMs",
    "resolvedAt",
    "resolutionTimeMs",
    "resolution"
})
public record AndonView(
        long id,
        String failureType,
        Severity severity,
        AndonStatus status,
        String skuId,
        Long workOrderId,
        String stage,
        Map<String, String> details,
        Instant triggeredAt,
        int escalationLevel,
        Instant escalatedAt,
        long openDurationMs,
        Instant resolvedAt,
        Long resolutionTimeMs,
        Resolution resolution) {

    public record Resolution(String rootCause, String fixApplied, String preventionAdded, String resolver) {}

    public static AndonView of(AndonEvent event, Instant now) {
        Resolution resolution = event.isOpen()
                ? null
                : new Resolution(
                        event.getRootCause(), event.getFixApplied(), event.getPreventionAdded(), event.getResolver());
        return new AndonView(
                event.getId(),
                event.getFailureType(),
                event.getSeverity(),
                event.getStatus(),
                event.getSkuId(),
                event.getWorkOrderId(),
                event.getStage(),
                event.getDetails(),
                event.getTriggeredAt(),
                event.getEscalationLevel(),
                event.getEscalatedAt(),
                event.openDuration(now).toMillis(),
                event.getResolvedAt(),
                event.resolutionTime().map(Duration::toMillis).orElse(null),
                resolution);
    }
}
