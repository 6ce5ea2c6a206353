package tcps.alerting.control;

import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A CEL expression over named metrics. Without {@code groupBy} it reads the metrics' unlabelled series; with it, it is
 * evaluated once per value of those labels, each metric read at its series with those label values (or its unlabelled
 * one), and the label values in {@code labels}. A metric without a value leaves the expression unknown: it does not
 * hold. The value shown with an alert is the first metric's.
 */
record ExpressionCondition(CelRuntime.Program program, List<String> metrics, List<String> groupBy)
        implements Condition {

    @Override
    public List<Match> matches(MetricView view) {
        List<Match> matches = new ArrayList<>();
        for (Map<String, String> group : groups(view)) {
            Map<String, Object> bound = new HashMap<>();
            boolean simulated = false;
            Double first = null;
            for (String metric : metrics) {
                Series series = pick(view, metric, group);
                if (series != null) {
                    bound.put(metric, series.value());
                    simulated |= series.simulated();
                    if (first == null && metric.equals(metrics.get(0))) {
                        first = series.value();
                    }
                }
            }
            bound.put("labels", group);
            if (holds(bound)) {
                matches.add(new Match(group, first, simulated));
            }
        }
        return matches;
    }

    private boolean holds(Map<String, Object> bound) {
        try {
            return Boolean.TRUE.equals(program.eval(bound));
        } catch (CelEvaluationException e) {
            return false; // a division by zero, say: the condition cannot be said to hold
        }
    }

    private Set<Map<String, String>> groups(MetricView view) {
        Set<Map<String, String>> groups = new LinkedHashSet<>();
        if (groupBy.isEmpty()) {
            groups.add(Map.of());
            return groups;
        }
        for (String metric : metrics) {
            for (Series series : view.series(metric)) {
                if (series.labels().keySet().containsAll(groupBy)) {
                    Map<String, String> group = new HashMap<>();
                    groupBy.forEach(label -> group.put(label, series.labels().get(label)));
                    groups.add(Map.copyOf(group));
                }
            }
        }
        return groups;
    }

    private static Series pick(MetricView view, String metric, Map<String, String> group) {
        Series unlabelled = null;
        for (Series series : view.series(metric)) {
            if (series.labels().isEmpty()) {
                unlabelled = series;
            } else if (!group.isEmpty() && inGroup(series, group)) {
                return series;
            }
        }
        return unlabelled;
    }

    private static boolean inGroup(Series series, Map<String, String> group) {
        for (Map.Entry<String, String> label : group.entrySet()) {
            if (!label.getValue().equals(series.labels().get(label.getKey()))) {
                return false;
            }
        }
        return true;
    }
}
