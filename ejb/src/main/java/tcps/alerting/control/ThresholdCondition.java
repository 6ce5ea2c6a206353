package tcps.alerting.control;

import java.util.ArrayList;
import java.util.List;
import tcps.alerting.entity.LabelMatcher;

/** {@code metric operator threshold}: holds for every series of the metric whose labels match and whose value compares. */
record ThresholdCondition(String metric, String operator, double threshold, List<LabelMatcher> matchers)
        implements Condition {

    static final List<String> OPERATORS = List.of(">", ">=", "<", "<=", "==", "!=");

    @Override
    public List<Match> matches(MetricView view) {
        List<Match> matches = new ArrayList<>();
        for (Series series : view.series(metric)) {
            if (LabelMatcher.all(matchers, series.labels()) && holds(series.value())) {
                matches.add(new Match(series.labels(), series.value(), series.simulated()));
            }
        }
        return matches;
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
