package tcps.alerting.control;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelIssue;
import dev.cel.common.CelOptions;
import dev.cel.common.CelValidationException;
import dev.cel.common.ast.CelExpr;
import dev.cel.common.navigation.CelNavigableAst;
import dev.cel.common.types.MapType;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerBuilder;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.RuleDefinition;
import tcps.problems.control.InvalidCommand;

/**
 * Compiles a rule's condition. Expressions are CEL: parsed, type-checked with every metric they name declared as a
 * double and {@code labels} as a map of strings, and required to be boolean; CEL has no way to reach Java, files or
 * the network. Checking names against the metrics that exist ({@code known}) happens when a rule is written; a stored
 * rule is compiled with whatever names it uses, so a custom metric not emitted since a restart does not lose it.
 */
public final class RuleCompiler {

    private static final Pattern METRIC_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final CelOptions OPTIONS =
            CelOptions.current().enableHeterogeneousNumericComparisons(true).build();
    private static final CelCompiler PARSER =
            CelCompilerFactory.standardCelCompilerBuilder().setOptions(OPTIONS).build();
    private static final CelRuntime RUNTIME =
            CelRuntimeFactory.standardCelRuntimeBuilder().setOptions(OPTIONS).build();

    private RuleCompiler() {}

    /** Compiles a rule being written: names must be metrics that exist now. */
    public static Condition compileChecked(RuleDefinition rule, Set<String> known) {
        return compile(rule, known);
    }

    /** Compiles a stored rule. */
    public static Condition compileStored(RuleDefinition rule) {
        return compile(rule, null);
    }

    private static Condition compile(RuleDefinition rule, Set<String> known) {
        if (rule.isExpression()) {
            return expression(rule.expression(), rule.groupBy(), known);
        }
        if (rule.metric() == null || !METRIC_NAME.matcher(rule.metric()).matches()) {
            throw new InvalidCommand(
                    "A threshold condition needs a metric name such as tcps_quality_defect_rate.", "metric");
        }
        if (known != null && !known.contains(rule.metric())) {
            throw new InvalidCommand("No metric is named '" + rule.metric() + "'.", "metric");
        }
        if (!ThresholdCondition.OPERATORS.contains(rule.operator())) {
            throw new InvalidCommand("The operator must be one of " + ThresholdCondition.OPERATORS + ".", "operator");
        }
        if (rule.threshold() == null || !Double.isFinite(rule.threshold())) {
            throw new InvalidCommand("A threshold condition needs a finite threshold.", "threshold");
        }
        rule.matchers().forEach(RuleCompiler::checkMatcher);
        return new ThresholdCondition(rule.metric(), rule.operator(), rule.threshold(), rule.matchers());
    }

    static void checkMatcher(LabelMatcher matcher) {
        if (matcher.isRegex()) {
            try {
                Pattern.compile(matcher.value());
            } catch (RuntimeException e) {
                throw new InvalidCommand("The matcher " + matcher + " is not a valid regular expression.", "matchers");
            }
        }
    }

    private static Condition expression(String text, List<String> groupBy, Set<String> known) {
        CelAbstractSyntaxTree parsed = check(() -> PARSER.parse(text).getAst());
        List<String> metrics = new ArrayList<>();
        CelNavigableAst.fromAst(parsed)
                .getRoot()
                .allNodes()
                .filter(node -> node.getKind() == CelExpr.ExprKind.Kind.IDENT)
                .map(node -> node.expr().ident().name())
                .filter(name -> !"labels".equals(name) && !metrics.contains(name))
                .forEach(metrics::add);
        // allNodes walks depth-first from the root; the first metric as written is the one the alert shows
        metrics.sort((a, b) -> Integer.compare(text.indexOf(a), text.indexOf(b)));
        CelCompilerBuilder checker = CelCompilerFactory.standardCelCompilerBuilder()
                .setOptions(OPTIONS)
                .addVar("labels", MapType.create(SimpleType.STRING, SimpleType.STRING))
                .setResultType(SimpleType.BOOL);
        for (String metric : metrics) {
            if (known == null || known.contains(metric)) {
                checker.addVar(metric, SimpleType.DOUBLE);
            }
        }
        CelAbstractSyntaxTree checked =
                check(() -> checker.build().compile(text).getAst());
        if (metrics.isEmpty()) {
            throw new InvalidCommand("The expression names no metric.", "expression");
        }
        try {
            return new ExpressionCondition(RUNTIME.createProgram(checked), List.copyOf(metrics), List.copyOf(groupBy));
        } catch (CelEvaluationException e) {
            throw new InvalidCommand("The expression cannot be evaluated: " + e.getMessage(), "expression");
        }
    }

    private interface Step {
        CelAbstractSyntaxTree run() throws CelValidationException;
    }

    private static CelAbstractSyntaxTree check(Step step) {
        try {
            return step.run();
        } catch (CelValidationException e) {
            CelIssue first = e.getErrors().get(0);
            throw new InvalidCommand(
                    "Invalid expression at line " + first.getSourceLocation().getLine() + ", column "
                            + (first.getSourceLocation().getColumn() + 1) + ": " + first.getMessage(),
                    "expression");
        }
    }
}
