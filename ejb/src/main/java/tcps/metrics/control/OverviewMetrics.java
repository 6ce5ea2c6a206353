package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.util.ArrayList;
import java.util.List;

/** The overview block: the line at a glance, with the system health score ({@link HealthScore}). */
@JsonbNillable
public record OverviewMetrics(
        long totalWorkOrders,
        long activeWorkOrders,
        long completedWorkOrders,
        long openAndons,
        long openCriticalAndons,
        Double qualityGatePassRate,
        Double averageLeadTimeMs,
        long throughputPerHour,
        double uptime,
        double systemHealthScore,
        String status,
        List<String> simulated) {

    static OverviewMetrics of(
            ProductionMetrics production,
            FlowMetrics flow,
            AndonMetrics andon,
            QualityMetrics quality,
            TpmMetrics tpm) {
        double score = HealthScore.of(
                andon.openCritical(),
                andon.openBySeverity().getOrDefault("warning", 0L),
                quality.qualityGatePassRate(),
                tpm.uptime(),
                production.workOrdersActive(),
                flow.blockedWorkOrders());
        return new OverviewMetrics(
                production.workOrdersTotal(),
                production.workOrdersActive(),
                production.workOrdersCompleted(),
                andon.openTotal(),
                andon.openCritical(),
                quality.qualityGatePassRate(),
                production.leadTimeAvgMs(),
                production.throughputPerHour(),
                tpm.uptime(),
                score,
                HealthScore.status(score),
                simulatedInputs(production, andon, tpm));
    }

    // The overview shows simulated figures of these categories (the health score included)
    private static List<String> simulatedInputs(ProductionMetrics production, AndonMetrics andon, TpmMetrics tpm) {
        List<String> simulated = new ArrayList<>();
        production.simulated().forEach(parameter -> simulated.add("production." + parameter));
        // The oldest critical Andon's age is no figure of the overview
        andon.simulated().stream()
                .filter(parameter -> !"open_duration".equals(parameter))
                .forEach(parameter -> simulated.add("andon." + parameter));
        tpm.simulated().forEach(parameter -> simulated.add("tpm." + parameter));
        return List.copyOf(simulated);
    }
}
