package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** Every category at {@code at}: the body of {@code /api/metrics/all}. */
@JsonbPropertyOrder({"at", "overview", "production", "quality", "kanban", "andon", "kaizen", "tpm", "flow"})
public record MetricsSnapshot(
        Instant at,
        OverviewMetrics overview,
        ProductionMetrics production,
        QualityMetrics quality,
        KanbanMetrics kanban,
        AndonMetrics andon,
        KaizenMetrics kaizen,
        TpmMetrics tpm,
        FlowMetrics flow) {

    static MetricsSnapshot of(ProductionFigures figures, LineReports reports) {
        ProductionMetrics production = ProductionMetrics.of(figures);
        FlowMetrics flow = FlowMetrics.of(figures);
        QualityMetrics quality = QualityMetrics.of(reports.quality());
        AndonMetrics andon = AndonMetrics.of(reports.andon(), reports.recentAndons());
        TpmMetrics tpm = TpmMetrics.of(reports.tpm());
        return new MetricsSnapshot(
                figures.at(),
                OverviewMetrics.of(production, flow, andon, quality, tpm),
                production,
                quality,
                KanbanMetrics.of(reports.kanban()),
                andon,
                KaizenMetrics.of(
                        reports.kaizen(),
                        figures.thisWeek(),
                        figures.previousWeek(),
                        reports.qualityThisWeek(),
                        reports.qualityPreviousWeek()),
                tpm,
                flow);
    }

    /** One category by its name, or null for a name that is none. */
    public Object category(String name) {
        return switch (name) {
            case "summary" -> SummaryMetrics.of(this);
            case "overview" -> overview;
            case "production" -> production;
            case "quality" -> quality;
            case "kanban" -> kanban;
            case "andon" -> andon;
            case "kaizen" -> kaizen;
            case "tpm" -> tpm;
            case "flow" -> flow;
            case "all" -> this;
            default -> null;
        };
    }
}
