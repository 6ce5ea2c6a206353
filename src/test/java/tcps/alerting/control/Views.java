package tcps.alerting.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tcps.alerting.entity.RuleDefinition;
import tcps.metrics.control.MetricFamily;

/** Metric views and compiled rules for tests, written as the scrape would show them. */
final class Views {

    private final List<MetricFamily> families = new ArrayList<>();

    static Views with(String name, Double value) {
        return new Views().and(name, value);
    }

    static Views with(String name, String labels, Double value) {
        return new Views().and(name, labels, value);
    }

    Views and(String name, Double value) {
        return and(name, "", value);
    }

    Views and(String name, String labels, Double value) {
        List<MetricFamily.Sample> samples = new ArrayList<>();
        families.stream().filter(f -> f.name().equals(name)).findFirst().ifPresent(f -> {
            samples.addAll(f.samples());
            families.remove(f);
        });
        samples.add(new MetricFamily.Sample(labels, value));
        families.add(new MetricFamily(name, "gauge", "", samples));
        return this;
    }

    MetricView view() {
        return MetricView.of(families);
    }

    static CompiledRule rule(String id, RuleDefinition definition) {
        return new CompiledRule(id, 0, definition, RuleCompiler.compileStored(definition));
    }

    static CompiledRule defaultRule(String id) {
        return rule(id, DefaultRules.all().get(id));
    }

    static List<Finding> evaluate(CompiledRule rule, MetricView view) {
        return RuleEvaluator.evaluate(List.of(rule), view, 20);
    }

    static RuleDefinition threshold(String metric, String operator, double threshold) {
        return new RuleDefinition(
                "Test rule",
                "quality",
                "warning",
                metric,
                operator,
                threshold,
                List.of(),
                null,
                List.of(),
                0,
                0,
                Map.of(),
                Map.of("summary", "value {{ $value }}"),
                null,
                null,
                null,
                true);
    }

    static RuleDefinition expression(String expression, List<String> groupBy) {
        return new RuleDefinition(
                "Test rule",
                "kanban",
                "warning",
                null,
                null,
                null,
                List.of(),
                expression,
                groupBy,
                0,
                0,
                Map.of(),
                Map.of(),
                null,
                null,
                null,
                true);
    }
}
