package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every category at {@code at}: the body of {@code /api/metrics/all}. {@code simulated} names the figures an active
 * failure simulation stands in for ({@code component.parameter}); each category lists its own.
 */
@JsonbPropertyOrder({"at", "overview", "production", "quality", "kanban", "andon", "kaizen", "tpm", "flow", "simulated"
})
public record MetricsSnapshot(
        Instant at,
        OverviewMetrics overview,
        ProductionMetrics production,
        QualityMetrics quality,
        KanbanMetrics kanban,
        AndonMetrics andon,
        KaizenMetrics kaizen,
        TpmMetrics tpm,
        FlowMetrics flow,
        List<String> simulated) {

    static MetricsSnapshot of(ProductionFigures figures, LineReports reports, SimulatedMetrics simulation) {
        ProductionMetrics production = simulation.production(ProductionMetrics.of(figures));
        FlowMetrics flow = FlowMetrics.of(figures);
        QualityMetrics quality = QualityMetrics.of(reports.quality());
        KanbanMetrics kanban = simulation.kanban(KanbanMetrics.of(reports.kanban()));
        AndonMetrics andon = simulation.andon(AndonMetrics.of(reports.andon(), reports.recentAndons()));
        TpmMetrics tpm = simulation.tpm(TpmMetrics.of(reports.tpm()));
        List<String> simulated = new ArrayList<>();
        production.simulated().forEach(parameter -> simulated.add("production." + parameter));
        kanban.simulated().forEach(parameter -> simulated.add("kanban." + parameter));
        andon.simulated().forEach(parameter -> simulated.add("andon." + parameter));
        tpm.simulated().forEach(parameter -> simulated.add("tpm." + parameter));
        return new MetricsSnapshot(
                figures.at(),
                OverviewMetrics.of(production, flow, andon, quality, tpm),
                production,
                quality,
                kanban,
                andon,
                KaizenMetrics.of(
                        reports.kaizen(),
                        figures.thisWeek(),
                        figures.previousWeek(),
                        reports.qualityThisWeek(),
                        reports.qualityPreviousWeek()),
                tpm,
                flow,
                List.copyOf(simulated));
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
