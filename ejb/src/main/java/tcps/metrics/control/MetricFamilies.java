package tcps.metrics.control;

import static tcps.metrics.control.MetricFamily.counter;
import static tcps.metrics.control.MetricFamily.gauge;
import static tcps.metrics.control.MetricFamily.labelled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.kaizen.control.WastePoint;

/**
 * Every tcps_* metric the Prometheus endpoint exposes and the history records, from one snapshot. Names follow the
 * product's design; durations are in milliseconds as in the JSON unless the name or help says otherwise. Every family
 * is present in every snapshot, an empty line's included, so dashboards and alert rules never miss a series.
 */
public final class MetricFamilies {

    private static final double MS_PER_HOUR = 3_600_000.0;

    private MetricFamilies() {}

    public static List<MetricFamily> of(MetricsSnapshot all) {
        List<MetricFamily> families = new ArrayList<>();
        ProductionMetrics production = all.production();
        families.add(gauge(
                "tcps_production_throughput",
                "Work orders completed per minute over the last hour.",
                production.throughputPerMinute()));
        families.add(gauge(
                "tcps_production_throughput_per_hour",
                "Work orders completed in the last hour.",
                production.throughputPerHour()));
        families.add(gauge(
                "tcps_production_lead_time_p50",
                "Lead time p50 over the window, milliseconds.",
                production.leadTimeP50Ms()));
        families.add(gauge(
                        "tcps_production_lead_time_p90",
                        "Lead time p90 over the window, milliseconds.",
                        production.leadTimeP90Ms())
                .simulatedIf(production.simulated().contains("lead_time_p90"), null));
        families.add(gauge(
                "tcps_production_window_completed",
                "Work orders completed within the lead-time window: the traffic behind its percentiles.",
                production.windowCompleted()));
        families.add(gauge(
                "tcps_production_lead_time_p99",
                "Lead time p99 over the window, milliseconds.",
                production.leadTimeP99Ms()));
        families.add(gauge(
                "tcps_production_cycle_time_avg",
                "Average cycle time over the window, milliseconds.",
                production.cycleTimeAvgMs()));
        families.add(gauge(
                "tcps_lead_time_avg",
                "Average lead time over the window, hours.",
                production.leadTimeAvgMs() == null ? null : production.leadTimeAvgMs() / MS_PER_HOUR));
        families.add(gauge(
                "tcps_cycle_time_p50", "Cycle time p50 over the window, milliseconds.", production.cycleTimeP50Ms()));
        families.add(gauge(
                "tcps_cycle_time_p95", "Cycle time p95 over the window, milliseconds.", production.cycleTimeP95Ms()));
        families.add(counter("tcps_work_orders", "Work orders ever created.", production.workOrdersTotal()));
        families.add(
                gauge("tcps_work_orders_active", "Work orders in progress or blocked.", production.workOrdersActive()));
        families.add(counter(
                "tcps_work_orders_completed", "Work orders completed, ever.", production.workOrdersCompleted()));
        families.add(gauge(
                "tcps_work_orders_queued", "Work orders waiting for a Kanban slot.", production.workOrdersQueued()));
        quality(all.quality(), families);
        kanban(all.kanban(), families);
        andon(all.andon(), families);
        kaizen(all.kaizen(), families);
        tpm(all.tpm(), families);
        flow(all.flow(), families);
        families.add(gauge(
                        "tcps_system_health_score",
                        "System health score, 0 to 100.",
                        all.overview().systemHealthScore())
                .simulatedIf(!all.overview().simulated().isEmpty(), null));
        families.add(gauge(
                "tcps_simulated_figures",
                "Figures an active failure simulation stands in for; their samples carry the label simulated.",
                all.simulated().size()));
        return families;
    }

    private static void quality(QualityMetrics quality, List<MetricFamily> families) {
        families.add(gauge(
                "tcps_quality_defect_rate", "Gate results with defects per result, 0 to 1.", quality.defectRate()));
        families.add(gauge(
                "tcps_quality_first_pass_yield",
                "Work orders whose first results all passed, 0 to 1.",
                quality.firstPassYield()));
        families.add(gauge("tcps_quality_test_coverage", "Average test coverage, 0 to 1.", quality.testCoverage()));
        families.add(
                gauge("tcps_quality_gate_pass_rate", "Quality gate pass rate, 0 to 1.", quality.qualityGatePassRate()));
        families.add(gauge(
                "tcps_quality_gate_results",
                "Quality gate results over the quality window: the traffic behind the pass and defect rates.",
                quality.gateResults()));
        families.add(
                gauge("tcps_quality_test_pass_rate", "Tests passed per test run, 0 to 1.", quality.testPassRate()));
        families.add(gauge(
                "tcps_quality_security_scan_pass_rate",
                "Security scan pass rate, 0 to 1.",
                quality.securityScanPassRate()));
        families.add(gauge(
                "tcps_quality_deployment_success_rate",
                "Deployment success rate, 0 to 1.",
                quality.deploymentSuccessRate()));
    }

    private static void kanban(KanbanMetrics kanban, List<MetricFamily> families) {
        families.add(gauge("tcps_kanban_wip_current", "Work in progress over all buckets.", kanban.wipCurrent()));
        families.add(labelled("tcps_kanban_wip", "Work in progress per bucket.", "bucket", kanban.wipByBucket()));
        families.add(labelled("tcps_kanban_wip_limit", "WIP limit per bucket.", "bucket", kanban.limitByBucket()));
        families.add(gauge(
                "tcps_kanban_available_capacity", "Free WIP slots over all buckets.", kanban.availableCapacity()));
        families.add(gauge("tcps_kanban_queue_depth", "Work orders waiting over all buckets.", kanban.queueDepth())
                .simulatedIf(kanban.simulated().contains("queue_depth"), null));
        families.add(labelled(
                "tcps_kanban_bucket_queue_depth",
                "Work orders waiting per bucket.",
                "bucket",
                kanban.queueDepthByBucket()));
        families.add(gauge("tcps_kanban_utilization", "WIP over the summed WIP limits, 0 to 1.", kanban.utilization())
                .simulatedIf(kanban.simulated().contains("utilization"), null));
        families.add(labelled(
                        "tcps_kanban_bucket_utilization",
                        "WIP over the WIP limit per bucket, 0 to 1 (above 1 when over the limit).",
                        "bucket",
                        kanban.utilizationByBucket())
                .simulatedIf(kanban.simulated().contains("utilization"), null));
        families.add(labelled(
                        "tcps_kanban_bucket_over_limit",
                        "1 when the bucket holds more work than its WIP limit, else 0.",
                        "bucket",
                        kanban.overLimitByBucket())
                .simulatedIf(kanban.simulated().contains("wip_over_limit"), null));
        families.add(gauge(
                "tcps_kanban_pull_signal_latency",
                "Mean pull-signal latency, milliseconds.",
                kanban.pullSignalLatencyMs()));
    }

    private static void andon(AndonMetrics andon, List<MetricFamily> families) {
        families.add(gauge("tcps_andon_events_open", "Open Andon events.", andon.openTotal())
                .simulatedIf(!andon.simulated().isEmpty(), null));
        families.add(labelled(
                        "tcps_andon_events_by_severity",
                        "Open Andon events per severity.",
                        "severity",
                        andon.openBySeverity())
                .simulatedIf(andon.simulated().contains("critical_open"), "severity=\"critical\""));
        families.add(gauge(
                        "tcps_andon_critical_oldest_open_seconds",
                        "How long the oldest open critical Andon has been open; absent while none is open.",
                        andon.oldestCriticalOpenMs() == null
                                ? null
                                : Double.valueOf(andon.oldestCriticalOpenMs() / 1000.0))
                .simulatedIf(!andon.simulated().isEmpty(), null));
        families.add(gauge(
                "tcps_andon_resolution_time_avg",
                "Average Andon resolution time, milliseconds.",
                andon.averageResolutionMs()));
        families.add(gauge(
                "tcps_andon_triggers_per_hour", "Andon events triggered in the last hour.", andon.triggersPerHour()));
        families.add(gauge("tcps_andon_escalations", "Andon escalations, ever.", andon.escalations()));
    }

    private static void kaizen(KaizenMetrics kaizen, List<MetricFamily> families) {
        families.add(gauge(
                "tcps_kaizen_improvements_implemented", "Improvements implemented.", kaizen.improvementsImplemented()));
        families.add(gauge("tcps_kaizen_proposals", "Improvement proposals, any status.", kaizen.proposalsTotal()));
        families.add(gauge(
                "tcps_kaizen_waste_reduction_percent",
                "Average measured waste reduction, percent.",
                kaizen.wasteReductionPercent()));
        families.add(gauge(
                "tcps_kaizen_automation_coverage",
                "Automated improvements per improvement, 0 to 1.",
                kaizen.automationCoverage()));
        families.add(gauge(
                "tcps_kaizen_lead_time_improvement",
                "Lead time improvement week over week, percent.",
                kaizen.leadTimeImprovementPercent()));
        families.add(gauge(
                "tcps_kaizen_defect_reduction",
                "Defect rate reduction week over week, percent.",
                kaizen.defectReductionPercent()));
        families.add(gauge(
                "tcps_kaizen_throughput_increase",
                "Throughput increase week over week, percent.",
                kaizen.throughputIncreasePercent()));
        Map<String, Long> wastes = new LinkedHashMap<>();
        for (WastePoint point : kaizen.topWastePoints()) {
            wastes.put(point.wasteType(), point.count());
        }
        families.add(labelled(
                "tcps_kaizen_waste_points",
                "Proposals and improvements naming a top waste type.",
                "waste_type",
                wastes));
    }

    private static void tpm(TpmMetrics tpm, List<MetricFamily> families) {
        boolean uptime = tpm.simulated().contains("uptime");
        families.add(gauge("tcps_tpm_uptime", "Uptime over the TPM window, 0 to 1.", tpm.uptime())
                .simulatedIf(uptime, null));
        families.add(gauge("tcps_tpm_uptime_percent", "Uptime over the TPM window, percent.", tpm.uptimePercent())
                .simulatedIf(uptime, null));
        families.add(gauge(
                "tcps_tpm_last_maintenance_timestamp_seconds",
                "Last completed maintenance, Unix time.",
                tpm.lastMaintenanceAt() == null ? null : tpm.lastMaintenanceAt().toEpochMilli() / 1000.0));
        families.add(gauge(
                        "tcps_tpm_maintenance_compliance",
                        "Maintenance done on time per task due, 0 to 1.",
                        tpm.maintenanceCompliance())
                .simulatedIf(tpm.simulated().contains("compliance"), null));
        families.add(gauge("tcps_tpm_mtbf_seconds", "Mean time between failures.", tpm.mtbfSeconds())
                .simulatedIf(tpm.simulated().contains("mtbf_seconds"), null));
        families.add(gauge("tcps_tpm_mttr_seconds", "Mean time to recovery.", tpm.mttrSeconds())
                .simulatedIf(tpm.simulated().contains("mttr_seconds"), null));
    }

    private static void flow(FlowMetrics flow, List<MetricFamily> families) {
        families.add(
                gauge("tcps_flow_active_work_orders", "Work orders in progress or blocked.", flow.activeWorkOrders()));
        families.add(gauge("tcps_flow_blocked_work_orders", "Work orders blocked.", flow.blockedWorkOrders()));
        Map<String, Long> inStage = new LinkedHashMap<>();
        Map<String, Double> dwell = new LinkedHashMap<>();
        for (FlowMetrics.StageFlow stage : flow.stages()) {
            inStage.put(stage.stage(), stage.workOrders());
            dwell.put(stage.stage(), stage.averageDwellMs());
        }
        families.add(labelled("tcps_flow_stage_work_orders", "Work orders in each stage.", "stage", inStage));
        families.add(labelled(
                "tcps_flow_stage_dwell_avg", "Average stage visit over the window, milliseconds.", "stage", dwell));
        Map<String, Long> distribution = new LinkedHashMap<>();
        for (FlowMetrics.DistributionBucket bucket : flow.cycleTimeDistribution()) {
            distribution.put(bucket.upToMs() == null ? "+Inf" : bucket.upToMs().toString(), bucket.count());
        }
        families.add(labelled(
                "tcps_flow_cycle_time_distribution",
                "Cycle times over the window up to each bound (milliseconds) and above the bound before.",
                "up_to",
                distribution));
    }
}
