package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.RecordingEvent;
import tcps.andon.control.AndonSummary;
import tcps.andon.entity.Severity;
import tcps.kanban.control.WipStatus;
import tcps.simulation.control.FailureSimulation;
import tcps.tpm.control.TpmStatus;

class SimulatedMetricsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private final FailureSimulation simulation = new FailureSimulation(new RecordingEvent<>());
    private final SimulatedMetrics simulated = new SimulatedMetrics(simulation);

    private final KanbanMetrics kanban = KanbanMetrics.of(
            List.of(new WipStatus("reliability", 2, 5, 3, 0.4, 1, false, new WipStatus.PullSignal(0, null, null))));
    private final AndonMetrics andon =
            AndonMetrics.of(new AndonSummary(1, Map.of(Severity.WARNING, 1L), 0, null, 0, 1, null, NOW), List.of());
    private final TpmMetrics tpm =
            TpmMetrics.of(new TpmStatus("line", NOW, NOW, 1.0, 4, 4, NOW, 0.999, 10, 1, 0, 3600.0, 60.0));

    @Test
    void withoutASimulationTheRealFiguresStandUnmarked() {
        assertThat(simulated.kanban(kanban)).isSameAs(kanban);
        assertThat(simulated.andon(andon)).isSameAs(andon);
        assertThat(simulated.tpm(tpm)).isSameAs(tpm);
        assertThat(kanban.simulated()).isEmpty();
    }

    @Test
    void simulatedKanbanFiguresReplaceTheRealOnesAndAreNamed() {
        simulation.simulate("kanban", Map.of("utilization", 0.95, "wip_over_limit", 1.0), null);

        KanbanMetrics result = simulated.kanban(kanban);

        assertThat(result.utilization()).isEqualTo(0.95);
        assertThat(result.queueDepth()).isEqualTo(1); // not simulated: the real figure
        assertThat(result.wipCurrent()).isEqualTo(2);
        assertThat(result.simulated()).containsExactly("utilization", "wip_over_limit");
        // Both stand for the fullest bucket, so alert rules and remediation have a bucket to name
        String fullest = kanban.utilizationByBucket().entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        assertThat(result.overLimitByBucket()).containsEntry(fullest, 1L);
        assertThat(result.utilizationByBucket()).containsEntry(fullest, 0.95);
        assertThat(result.overLimitByBucket().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(1);
    }

    @Test
    void theCriticalOpenFlagCountsAsOneOpenCriticalAndon() {
        simulation.simulate("andon", Map.of("critical_open", 1.0, "open_duration", 3_600_000.0), null);

        AndonMetrics result = simulated.andon(andon);

        assertThat(result.openCritical()).isEqualTo(1);
        assertThat(result.openBySeverity()).containsEntry("critical", 1L).containsEntry("warning", 1L);
        assertThat(result.openTotal()).isEqualTo(2); // the real warning and the simulated critical Andon
        assertThat(result.oldestCriticalOpenMs()).isEqualTo(3_600_000L);
        assertThat(result.simulated()).containsExactly("critical_open", "open_duration");
    }

    @Test
    void simulatedTpmFiguresReplaceTheRealOnes() {
        simulation.simulate("tpm", Map.of("uptime", 0.5, "mttr_seconds", 7200.0), null);
        TpmMetrics result = simulated.tpm(tpm);

        assertThat(result.uptime()).isEqualTo(0.5);
        assertThat(result.uptimePercent()).isEqualTo(50.0);
        assertThat(result.mttrSeconds()).isEqualTo(7200.0);
        assertThat(result.mtbfSeconds()).isEqualTo(3600.0);
        assertThat(result.simulated()).containsExactlyInAnyOrder("uptime", "mttr_seconds");
    }

    @Test
    void prometheusMarksOnlyTheSimulatedSamples() {
        simulation.simulate("andon", Map.of("critical_open", 1.0), null);
        AndonMetrics result = simulated.andon(andon);

        MetricFamily bySeverity = MetricFamily.labelled(
                        "tcps_andon_events_by_severity",
                        "Open Andon events per severity.",
                        "severity",
                        result.openBySeverity())
                .simulatedIf(true, "severity=\"critical\"");
        String text = PrometheusText.render(List.of(bySeverity));

        assertThat(text)
                .contains("tcps_andon_events_by_severity{severity=\"critical\",simulated=\"true\"} 1")
                .contains("tcps_andon_events_by_severity{severity=\"warning\"} 1");
        assertThat(bySeverity.samples().stream().filter(MetricFamily::simulated))
                .hasSize(1);
    }
}
