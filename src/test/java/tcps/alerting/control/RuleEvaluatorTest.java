package tcps.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.control.Views.evaluate;
import static tcps.alerting.control.Views.expression;
import static tcps.alerting.control.Views.rule;
import static tcps.alerting.control.Views.threshold;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.RuleDefinition;

class RuleEvaluatorTest {

    @Test
    void aThresholdHoldsPerMatchingSeries() {
        RuleDefinition d = threshold("tcps_kanban_wip", ">", 3);
        RuleDefinition withMatcher = new RuleDefinition(
                d.name(),
                d.component(),
                d.severity(),
                d.metric(),
                d.operator(),
                d.threshold(),
                List.of(new LabelMatcher("bucket", "=~", "sec.*")),
                null,
                List.of(),
                0,
                0,
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                true);
        var view = Views.with("tcps_kanban_wip", "bucket=\"security\"", 5.0)
                .and("tcps_kanban_wip", "bucket=\"reliability\"", 9.0)
                .view();
        assertThat(evaluate(rule("r", d), view)).hasSize(2);
        assertThat(evaluate(rule("r", withMatcher), view)).singleElement().satisfies(f -> assertThat(f.labels())
                .containsEntry("bucket", "security"));
    }

    @Test
    void labelsNameTheRuleAndTheSeriesAndAnnotationsShowTheValue() {
        Finding finding = evaluate(
                        rule("my-rule", threshold("tcps_quality_defect_rate", ">", 0.1)),
                        Views.with("tcps_quality_defect_rate", 0.25).view())
                .get(0);
        assertThat(finding.labels())
                .containsEntry("alertname", "Test rule")
                .containsEntry("rule", "my-rule")
                .containsEntry("severity", "warning")
                .containsEntry("component", "quality");
        assertThat(finding.annotations()).containsEntry("summary", "value 0.25");
        assertThat(finding.simulated()).isFalse();
    }

    @Test
    void simulatedFiguresFlowThroughAndMarkTheFinding() {
        var view = Views.with("tcps_production_lead_time_p90", "simulated=\"true\"", 7_500_000.0)
                .view();
        Finding finding = evaluate(rule("sla", threshold("tcps_production_lead_time_p90", ">", 6_840_000)), view)
                .get(0);
        assertThat(finding.simulated()).isTrue();
        assertThat(finding.labels()).doesNotContainKey("simulated");
    }

    @Test
    void theFingerprintDependsOnTheRuleAndTheSeriesOnly() {
        String a = Fingerprints.of("wip-limit-exceeded", Map.of("bucket", "security"));
        assertThat(Fingerprints.of("wip-limit-exceeded", new java.util.TreeMap<>(Map.of("bucket", "security"))))
                .isEqualTo(a)
                .hasSize(16);
        assertThat(Fingerprints.of("wip-limit-exceeded", Map.of("bucket", "reliability")))
                .isNotEqualTo(a);
        assertThat(Fingerprints.of("other", Map.of("bucket", "security"))).isNotEqualTo(a);
        // Editing a rule's severity or texts keeps its alerts: the fingerprint is computed from the same inputs
        RuleDefinition warning = threshold("tcps_quality_defect_rate", ">", 0.1);
        var view = Views.with("tcps_quality_defect_rate", 0.5).view();
        assertThat(evaluate(rule("q", warning), view).get(0).fingerprint()).isEqualTo(Fingerprints.of("q", Map.of()));
    }

    @Test
    void anExpressionWithoutAValueDoesNotHold() {
        var rule = rule("x", expression("tcps_a > 2.0 * tcps_b", List.of()));
        assertThat(evaluate(rule, Views.with("tcps_a", 5.0).view())).isEmpty();
        assertThat(evaluate(rule, Views.with("tcps_a", 5.0).and("tcps_b", 2.0).view()))
                .hasSize(1);
        assertThat(evaluate(rule, Views.with("tcps_a", 5.0).and("tcps_b", 3.0).view()))
                .isEmpty();
    }

    @Test
    void anExpressionCanReadLabelsOfItsGroup() {
        var rule = rule("x", expression("tcps_kanban_wip > 1 && labels.bucket != 'security'", List.of("bucket")));
        var view = Views.with("tcps_kanban_wip", "bucket=\"security\"", 5.0)
                .and("tcps_kanban_wip", "bucket=\"reliability\"", 5.0)
                .view();
        assertThat(evaluate(rule, view)).singleElement().satisfies(f -> assertThat(f.labels())
                .containsEntry("bucket", "reliability"));
    }

    @Test
    void aDisabledRuleNeverHolds() {
        RuleDefinition d = threshold("tcps_quality_defect_rate", ">", 0.1);
        RuleDefinition disabled = new RuleDefinition(
                d.name(),
                d.component(),
                d.severity(),
                d.metric(),
                d.operator(),
                d.threshold(),
                d.matchers(),
                null,
                List.of(),
                0,
                0,
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                false);
        assertThat(evaluate(
                        rule("q", disabled),
                        Views.with("tcps_quality_defect_rate", 0.5).view()))
                .isEmpty();
    }
}
