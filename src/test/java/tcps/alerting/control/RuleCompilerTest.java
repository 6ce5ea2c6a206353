package tcps.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static tcps.alerting.control.Views.expression;
import static tcps.alerting.control.Views.threshold;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tcps.problems.control.InvalidCommand;

class RuleCompilerTest {

    private static final Set<String> KNOWN = Set.of("tcps_quality_defect_rate", "tcps_quality_gate_pass_rate");

    @Test
    void anExpressionMustParseAndTheErrorNamesItsPosition() {
        assertThatThrownBy(
                        () -> RuleCompiler.compileChecked(expression("tcps_quality_defect_rate >", List.of()), KNOWN))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageStartingWith("Invalid expression at line 1, column 27")
                .extracting(e -> ((InvalidCommand) e).field())
                .isEqualTo("expression");
    }

    @Test
    void anUnknownMetricIsRefusedWhereItIsNamed() {
        assertThatThrownBy(() -> RuleCompiler.compileChecked(
                        expression("tcps_quality_defect_rate > 0.1 && tcps_typo < 1.0", List.of()), KNOWN))
                .hasMessageContaining("line 1, column 35")
                .hasMessageContaining("tcps_typo");
    }

    @Test
    void anExpressionMustBeBoolean() {
        assertThatThrownBy(() ->
                        RuleCompiler.compileChecked(expression("tcps_quality_defect_rate * 2.0", List.of()), KNOWN))
                .isInstanceOf(InvalidCommand.class)
                .hasMessageContaining("Invalid expression");
    }

    @Test
    void nothingInAnExpressionReachesJava() {
        assertThatThrownBy(() -> RuleCompiler.compileChecked(
                        expression("java.lang.Runtime.getRuntime().exec('id') != null", List.of()), KNOWN))
                .isInstanceOf(InvalidCommand.class);
        // Stored rules are compiled without the list of metrics: an unknown name is a number, still not Java
        assertThatThrownBy(() -> RuleCompiler.compileStored(
                        expression("java.lang.Runtime.getRuntime().exec('id') != null", List.of())))
                .isInstanceOf(InvalidCommand.class);
    }

    @Test
    void integersCompareWithMetrics() {
        assertThat(RuleCompiler.compileChecked(expression("tcps_quality_defect_rate > 0", List.of()), KNOWN))
                .isInstanceOf(ExpressionCondition.class);
    }

    @Test
    void aThresholdNeedsAKnownMetricAnOperatorAndAFiniteNumber() {
        assertThatThrownBy(() -> RuleCompiler.compileChecked(threshold("tcps_nothing", ">", 1), KNOWN))
                .extracting(e -> ((InvalidCommand) e).field())
                .isEqualTo("metric");
        assertThatThrownBy(() -> RuleCompiler.compileChecked(threshold("tcps_quality_defect_rate", "=>", 1), KNOWN))
                .extracting(e -> ((InvalidCommand) e).field())
                .isEqualTo("operator");
        assertThatThrownBy(() -> RuleCompiler.compileChecked(
                        threshold("tcps_quality_defect_rate", ">", Double.POSITIVE_INFINITY), KNOWN))
                .extracting(e -> ((InvalidCommand) e).field())
                .isEqualTo("threshold");
    }
}
