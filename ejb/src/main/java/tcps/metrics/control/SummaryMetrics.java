package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;

/** The short summary: one headline figure per category. */
@JsonbNillable
public record SummaryMetrics(
        long workOrdersTotal,
        long workOrdersActive,
        long workOrdersCompleted,
        long throughputPerHour,
        Long leadTimeP50Ms,
        Double qualityGatePassRate,
        Double defectRate,
        long wipCurrent,
        long openAndons,
        double uptime,
        long improvementsImplemented,
        String bottleneckStage,
        double systemHealthScore) {

    static SummaryMetrics of(MetricsSnapshot all) {
        return new SummaryMetrics(
                all.production().workOrdersTotal(),
                all.production().workOrdersActive(),
                all.production().workOrdersCompleted(),
                all.production().throughputPerHour(),
                all.production().leadTimeP50Ms(),
                all.quality().qualityGatePassRate(),
                all.quality().defectRate(),
                all.kanban().wipCurrent(),
                all.andon().openTotal(),
                all.tpm().uptime(),
                all.kaizen().improvementsImplemented(),
                all.flow().bottleneckStage(),
                all.overview().systemHealthScore());
    }
}
