package tcps.andon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.entity.Severity;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.Verdict;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;

/**
 * Andon: a critical Andon stops the line, so one open is degraded; one open for the threshold (1 h) or longer is
 * unhealthy.
 */
@ApplicationScoped
public class AndonCheck implements ComponentCheck {

    static final String NAME = "andon";

    @Inject
    AndonStatistics statistics;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.andon.critical-open-max-seconds", defaultValue = "3600")
    long criticalOpenMaxSeconds;

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        AndonSummary summary = statistics.summary();
        long realCritical = summary.openBySeverity().getOrDefault(Severity.CRITICAL, 0L);
        long realOldestMs = summary.oldestOpenCritical() == null
                ? 0
                : summary.oldestOpenCritical().openForMs();

        Readings readings = new Readings(simulation, NAME);
        long openAndons = readings.count("open_andons", summary.openTotal());
        long oldestCriticalMs = readings.count("open_duration", realOldestMs);
        boolean criticalOpen = readings.flag("critical_open", realCritical > 0);
        long critical = criticalOpen ? Math.max(1, realCritical) : 0;

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("open_andons", Math.max(openAndons, critical));
        details.put("critical", critical);
        details.put("oldest_critical_open_ms", critical > 0 ? oldestCriticalMs : null);
        details.put("triggers_last_hour", summary.triggersLastHour());
        details.put("average_resolution_ms", summary.averageResolutionMs());
        if (summary.oldestOpenCritical() != null) {
            details.put("oldest_critical_id", summary.oldestOpenCritical().id());
        }
        return ComponentHealth.of(
                NAME, judge(critical, oldestCriticalMs, Duration.ofSeconds(criticalOpenMaxSeconds)), details, readings);
    }

    static Verdict judge(long criticalOpen, long oldestCriticalOpenMs, Duration criticalOpenMax) {
        boolean tooLong = criticalOpen > 0 && oldestCriticalOpenMs >= criticalOpenMax.toMillis();
        return new Verdict()
                .unhealthyIf(
                        tooLong,
                        "critical Andon open for " + oldestCriticalOpenMs + " ms (limit " + criticalOpenMax.toMillis()
                                + " ms)")
                .degradedIf(
                        !tooLong && criticalOpen > 0, criticalOpen + " critical Andon(s) open: the line is stopped");
    }
}
