package tcps.andon.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.Map;
import tcps.andon.entity.Severity;

/**
 * The state of the line's Andons at {@code at}: the body of {@code GET /api/andon/summary}. {@code
 * averageResolutionMs} is over every resolution so far and null before the first; {@code oldestOpenCritical} is null
 * while no critical event is open.
 */
@JsonbPropertyOrder({
    "openTotal",
    "openBySeverity",
    "resolvedTotal",
    "averageResolutionMs",
    "escalations",
    "triggersLastHour",
    "oldestOpenCritical",
    "at"
})
public record AndonSummary(
        long openTotal,
        Map<Severity, Long> openBySeverity,
        long resolvedTotal,
        Double averageResolutionMs,
        long escalations,
        long triggersLastHour,
        OldestOpen oldestOpenCritical,
        Instant at) {

    /** The critical event that has stopped the line longest: the one an on-call engineer should look at first. */
    public record OldestOpen(long id, String skuId, Instant triggeredAt, long openForMs) {}
}
