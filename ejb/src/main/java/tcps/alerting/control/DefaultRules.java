package tcps.alerting.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.RuleDefinition;

/**
 * The seven rules the product ships with, stored on first start like any rule: an admin may change or disable them
 * (deleting them is refused, so that the next start does not bring them back unasked). Thresholds, severities and
 * cooldowns are the product's documented values; the rules that divide by traffic (pass rate, defect rate, lead time
 * percentiles) wait for {@code tcps.alerting.minimum-events} events in their window.
 */
public final class DefaultRules {

    private DefaultRules() {}

    public static Map<String, RuleDefinition> all() {
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        rules.put(
                "critical-andon-open-too-long",
                threshold(
                        "Critical Andon Open Too Long",
                        "andon",
                        "critical",
                        "tcps_andon_critical_oldest_open_seconds",
                        ">",
                        3600,
                        300,
                        null,
                        "escalate_to_on_call",
                        "A critical Andon has been open for more than 1 hour",
                        "The oldest open critical Andon has been open for {{ $value }} s (limit {{ $threshold }} s)."));
        rules.put(
                "wip-limit-exceeded",
                expression(
                        "WIP Limit Exceeded",
                        "kanban",
                        "warning",
                        "tcps_kanban_bucket_utilization > 0.9 || tcps_kanban_bucket_over_limit > 0",
                        List.of("bucket"),
                        600,
                        null,
                        "pause_new_work_orders",
                        "Bucket {{ $labels.bucket }} is over its WIP limit or above 90 % utilization",
                        "Utilization of bucket {{ $labels.bucket }} is {{ $value }} (alert above 0.9 or over the limit)."));
        rules.put(
                "sla-breach-imminent",
                threshold(
                        "SLA Breach Imminent",
                        "production",
                        "critical",
                        "tcps_production_lead_time_p90",
                        ">",
                        6_840_000,
                        1800,
                        null,
                        null,
                        "Lead time p90 is approaching the 2 hour SLA",
                        "Lead time p90 is {{ $value }} ms, above {{ $threshold }} ms (1.9 h; the SLA is 2 h)."));
        rules.put(
                "high-quality-gate-failure-rate",
                threshold(
                        "High Quality Gate Failure Rate",
                        "quality",
                        "warning",
                        "tcps_quality_gate_pass_rate",
                        "<",
                        0.95,
                        3600,
                        "tcps_quality_gate_results",
                        null,
                        "Quality gate pass rate is below 95 %",
                        "Quality gate pass rate is {{ $value }} (threshold {{ $threshold }})."));
        rules.put(
                "defect-rate-exceeds-threshold",
                threshold(
                        "Defect Rate Exceeds Threshold",
                        "quality",
                        "critical",
                        "tcps_quality_defect_rate",
                        ">",
                        0.05,
                        1800,
                        "tcps_quality_gate_results",
                        null,
                        "Defect rate is above 5 %",
                        "Defect rate is {{ $value }} (threshold {{ $threshold }})."));
        rules.put(
                "lead-time-anomaly",
                expression(
                        "Lead Time Anomaly",
                        "production",
                        "warning",
                        "tcps_production_lead_time_p90 > 2.0 * tcps_production_lead_time_p50",
                        List.of(),
                        3600,
                        "tcps_production_window_completed",
                        null,
                        "Lead time p90 is more than twice p50",
                        "Lead time p90 is {{ $value }} ms, more than twice the median: some work orders take far longer."));
        rules.put(
                "tpm-maintenance-overdue",
                threshold(
                        "TPM Maintenance Overdue",
                        "tpm",
                        "warning",
                        "tcps_tpm_maintenance_compliance",
                        "<",
                        0.9,
                        86_400,
                        null,
                        "trigger_maintenance",
                        "TPM maintenance compliance is below 90 %",
                        "Maintenance compliance is {{ $value }} (threshold {{ $threshold }})."));
        return rules;
    }

    private static RuleDefinition threshold(
            String name,
            String component,
            String severity,
            String metric,
            String operator,
            double threshold,
            long cooldownSeconds,
            String eventsMetric,
            String remediation,
            String summary,
            String description) {
        return new RuleDefinition(
                name,
                component,
                severity,
                metric,
                operator,
                threshold,
                List.<LabelMatcher>of(),
                null,
                List.of(),
                0,
                cooldownSeconds,
                Map.of(),
                annotations(name, summary, description),
                remediation,
                eventsMetric,
                null,
                true);
    }

    private static RuleDefinition expression(
            String name,
            String component,
            String severity,
            String expression,
            List<String> groupBy,
            long cooldownSeconds,
            String eventsMetric,
            String remediation,
            String summary,
            String description) {
        return new RuleDefinition(
                name,
                component,
                severity,
                null,
                null,
                null,
                List.of(),
                expression,
                groupBy,
                0,
                cooldownSeconds,
                Map.of(),
                annotations(name, summary, description),
                remediation,
                eventsMetric,
                null,
                true);
    }

    private static Map<String, String> annotations(String name, String summary, String description) {
        String anchor = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
        return Map.of(
                "summary", summary,
                "description", description,
                "runbook_url", "src/docs/alerting.md#" + anchor);
    }
}
