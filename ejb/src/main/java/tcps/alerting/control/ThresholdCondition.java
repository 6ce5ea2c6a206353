package tcps.alerting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tcps.alerting.entity.LabelMatcher;

/** {@code metric operator threshold}: holds for every series of the metric whose labels match and whose value compares. */
record ThresholdCondition(
        String metric,
        String operator,
        double threshold,
        List<LabelMatcher> matchers,
        List<Predicate<Map<String, String>>> tests)
        implements Condition {

    ThresholdCondition(String metric, String operator, double threshold, List<LabelMatcher> matchers) {
        this(
                metric,
                operator,
                threshold,
                matchers,
                matchers.stream().map(ThresholdCondition::test).toList());
    }

    // Regular expressions compiled once, not on every evaluation
    private static Predicate<Map<String, String>> test(LabelMatcher matcher) {
        if (!matcher.isRegex()) {
            return matcher::matches;
        }
        Pattern pattern = Pattern.compile(matcher.value());
        boolean negative = matcher.isNegative();
        return labels ->
                pattern.matcher(labels.getOrDefault(matcher.name(), "")).matches() != negative;
    }

    static final List<String> OPERATORS = List.of(">", ">=", "<", "<=", "==", "!=");

    @Override
    public List<Match> matches(MetricView view) {
        List<Match> matches = new ArrayList<>();
        for (Series series : view.series(metric)) {
            if (holds(series.value()) && matchesAll(series.labels())) {
                matches.add(new Match(series.labels(), series.value(), series.simulated()));
            }
        }
        return matches;
    }

    private boolean matchesAll(Map<String, String> labels) {
        for (Predicate<Map<String, String>> test : tests) {
            if (!test.test(labels)) {
                return false;
            }
        }
        return true;
    }

    boolean holds(double value) {
        return switch (operator) {
            case ">" -> value > threshold;
            case ">=" -> value >= threshold;
            case "<" -> value < threshold;
            case "<=" -> value <= threshold;
            case "==" -> value == threshold;
            case "!=" -> value != threshold;
            default -> throw new IllegalStateException("operator " + operator);
        };
    }
}
