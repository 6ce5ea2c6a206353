package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.andon.control.AndonSummary;
import tcps.andon.entity.Severity;

/** Andon figures: open events in total and by severity, resolution, triggers in the last hour, the latest ten. */
@JsonbNillable
public record AndonMetrics(
        long openTotal,
        Map<String, Long> openBySeverity,
        long openCritical,
        Long oldestCriticalOpenMs,
        Double averageResolutionMs,
        long resolvedTotal,
        long triggersPerHour,
        long escalations,
        List<RecentAndon> recent,
        List<String> simulated) {

    static AndonMetrics of(AndonSummary summary, List<RecentAndon> recent) {
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (Severity severity : Severity.values()) {
            bySeverity.put(
                    severity.name().toLowerCase(), summary.openBySeverity().getOrDefault(severity, 0L));
        }
        return new AndonMetrics(
                summary.openTotal(),
                bySeverity,
                bySeverity.getOrDefault("critical", 0L),
                summary.oldestOpenCritical() == null
                        ? null
                        : summary.oldestOpenCritical().openForMs(),
                summary.averageResolutionMs(),
                summary.resolvedTotal(),
                summary.triggersLastHour(),
                summary.escalations(),
                recent,
                List.of());
    }

    /** The same figures with simulated open and open critical counts and the oldest critical Andon's age. */
    AndonMetrics simulate(
            long simulatedOpenTotal, long simulatedOpenCritical, Long simulatedOldestMs, List<String> parameters) {
        Map<String, Long> bySeverity = new LinkedHashMap<>(openBySeverity);
        bySeverity.put("critical", simulatedOpenCritical);
        return new AndonMetrics(
                simulatedOpenTotal,
                bySeverity,
                simulatedOpenCritical,
                simulatedOldestMs,
                averageResolutionMs,
                resolvedTotal,
                triggersPerHour,
                escalations,
                recent,
                parameters);
    }
}
