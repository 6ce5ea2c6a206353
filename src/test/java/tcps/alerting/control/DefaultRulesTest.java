package tcps.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.control.Views.defaultRule;
import static tcps.alerting.control.Views.evaluate;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.alerting.entity.RuleDefinition;

/** Each of the seven shipped rules just below and just above its threshold, with enough traffic where it needs it. */
class DefaultRulesTest {

    @Test
    void theSevenRulesCarryTheProductsValues() {
        var rules = DefaultRules.all();
        assertThat(rules).hasSize(7);
        assertThat(rules.values())
                .extracting(RuleDefinition::name)
                .containsExactly(
                        "Critical Andon Open Too Long",
                        "WIP Limit Exceeded",
                        "SLA Breach Imminent",
                        "High Quality Gate Failure Rate",
                        "Defect Rate Exceeds Threshold",
                        "Lead Time Anomaly",
                        "TPM Maintenance Overdue");
        assertThat(rules.values())
                .extracting(RuleDefinition::severity)
                .containsExactly("critical", "warning", "critical", "warning", "critical", "warning", "warning");
        assertThat(rules.values())
                .extracting(RuleDefinition::cooldownSeconds)
                .containsExactly(300L, 600L, 1800L, 3600L, 1800L, 3600L, 86_400L);
        assertThat(rules.values())
                .extracting(RuleDefinition::remediation)
                .containsExactly(
                        "escalate_to_on_call", "pause_new_work_orders", null, null, null, null, "trigger_maintenance");
    }

    @Test
    void criticalAndonOpenLongerThanAnHour() {
        var rule = defaultRule("critical-andon-open-too-long");
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_andon_critical_oldest_open_seconds", 3599.0)
                                .view()))
                .isEmpty();
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_andon_critical_oldest_open_seconds", 3601.0)
                                .view()))
                .hasSize(1);
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_andon_critical_oldest_open_seconds", null)
                                .view()))
                .isEmpty();
    }

    @Test
    void wipLimitExceededPerBucketByUtilizationOrOverTheLimit() {
        var rule = defaultRule("wip-limit-exceeded");
        Views below = Views.with("tcps_kanban_bucket_utilization", "bucket=\"security\"", 0.9)
                .and("tcps_kanban_bucket_utilization", "bucket=\"reliability\"", 0.5)
                .and("tcps_kanban_bucket_over_limit", "bucket=\"security\"", 0.0)
                .and("tcps_kanban_bucket_over_limit", "bucket=\"reliability\"", 0.0);
        assertThat(evaluate(rule, below.view())).isEmpty();
        Views above = Views.with("tcps_kanban_bucket_utilization", "bucket=\"security\"", 0.91)
                .and("tcps_kanban_bucket_utilization", "bucket=\"reliability\"", 0.5)
                .and("tcps_kanban_bucket_over_limit", "bucket=\"security\"", 0.0)
                .and("tcps_kanban_bucket_over_limit", "bucket=\"reliability\"", 1.0);
        List<Finding> findings = evaluate(rule, above.view());
        assertThat(findings)
                .extracting(f -> f.labels().get("bucket"))
                .containsExactlyInAnyOrder("security", "reliability");
        assertThat(findings).extracting(Finding::fingerprint).doesNotHaveDuplicates();
        assertThat(findings.stream()
                        .filter(f -> f.labels().get("bucket").equals("security"))
                        .findFirst()
                        .orElseThrow()
                        .annotations()
                        .get("summary"))
                .isEqualTo("Bucket security is over its WIP limit or above 90 % utilization");
    }

    @Test
    void slaBreachImminentAbove1Point9Hours() {
        var rule = defaultRule("sla-breach-imminent");
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_production_lead_time_p90", 6_840_000.0).view()))
                .isEmpty();
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_production_lead_time_p90", 6_840_001.0).view()))
                .hasSize(1);
    }

    @Test
    void qualityGatePassRateBelow95PercentWithEnoughResults() {
        var rule = defaultRule("high-quality-gate-failure-rate");
        assertThat(evaluate(rule, quality("tcps_quality_gate_pass_rate", 0.95, 100)))
                .isEmpty();
        assertThat(evaluate(rule, quality("tcps_quality_gate_pass_rate", 0.94, 100)))
                .hasSize(1);
        assertThat(evaluate(rule, quality("tcps_quality_gate_pass_rate", 0.5, 19)))
                .as("a quiet line pages nobody")
                .isEmpty();
        assertThat(evaluate(rule, quality("tcps_quality_gate_pass_rate", 0.5, 20)))
                .hasSize(1);
    }

    @Test
    void defectRateAbove5PercentWithEnoughResults() {
        var rule = defaultRule("defect-rate-exceeds-threshold");
        assertThat(evaluate(rule, quality("tcps_quality_defect_rate", 0.05, 100)))
                .isEmpty();
        assertThat(evaluate(rule, quality("tcps_quality_defect_rate", 0.051, 100)))
                .hasSize(1);
        assertThat(evaluate(rule, quality("tcps_quality_defect_rate", 1.0, 2))).isEmpty();
    }

    @Test
    void leadTimeAnomalyWhenP90IsMoreThanTwiceP50() {
        var rule = defaultRule("lead-time-anomaly");
        assertThat(evaluate(rule, leadTimes(1000.0, 2000.0, 50))).isEmpty();
        List<Finding> findings = evaluate(rule, leadTimes(1000.0, 2001.0, 50));
        assertThat(findings).hasSize(1);
        assertThat(findings.get(0).value()).isEqualTo(2001.0);
        assertThat(evaluate(rule, leadTimes(1000.0, 9000.0, 3))).isEmpty();
        assertThat(evaluate(rule, leadTimes(null, 9000.0, 50)))
                .as("no median yet")
                .isEmpty();
    }

    @Test
    void tpmComplianceBelow90Percent() {
        var rule = defaultRule("tpm-maintenance-overdue");
        assertThat(evaluate(
                        rule, Views.with("tcps_tpm_maintenance_compliance", 0.9).view()))
                .isEmpty();
        assertThat(evaluate(
                        rule,
                        Views.with("tcps_tpm_maintenance_compliance", 0.89).view()))
                .hasSize(1);
    }

    private static tcps.alerting.control.MetricView quality(String metric, double value, double results) {
        return Views.with(metric, value)
                .and("tcps_quality_gate_results", results)
                .view();
    }

    private static tcps.alerting.control.MetricView leadTimes(Double p50, Double p90, double completed) {
        return Views.with("tcps_production_lead_time_p50", p50)
                .and("tcps_production_lead_time_p90", p90)
                .and("tcps_production_window_completed", completed)
                .view();
    }
}
