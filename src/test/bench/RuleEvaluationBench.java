import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import tcps.alerting.control.CompiledRule;
import tcps.alerting.control.DefaultRules;
import tcps.alerting.control.MetricView;
import tcps.alerting.control.RuleCompiler;
import tcps.alerting.control.RuleEvaluator;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.RuleDefinition;
import tcps.metrics.control.MetricFamily;

/**
 * Evaluation cost: one evaluation (the metric view built from the scrape's families, then every rule) of the seven
 * default rules and of 1,000 rules (800 thresholds, half of them with label matchers, and 200 CEL expressions, half
 * grouped by bucket), over a line the size of the product's scrape: once with about half the rules holding (a bad
 * day), once with a few percent. Prints p50/p99/max in microseconds.
 * Usage: bash src/test/bench/alerting.sh (which runs this first), or with the test classpath:
 *   java -cp target/classes:$(cat target/bench-alerting.classpath) src/test/bench/RuleEvaluationBench.java
 */
public class RuleEvaluationBench {

    static final List<String> BUCKETS = List.of("reliability", "security", "cost", "compliance", "performance");
    static final int RUNS = 5_000;

    public static void main(String[] args) {
        List<MetricFamily> families = families();
        List<CompiledRule> seven = new ArrayList<>();
        DefaultRules.all().forEach((id, d) -> seven.add(new CompiledRule(id, 1, d, RuleCompiler.compileStored(d))));
        List<CompiledRule> thousand = thousandRules(families, 0.5);
        List<CompiledRule> quiet = thousandRules(families, 0.03);
        System.out.printf("metric families %d, series %d%n", families.size(),
                families.stream().mapToInt(f -> f.samples().size()).sum());
        measure("warm-up", seven, families);
        measure("warm-up", thousand, families);
        double[] base = measure("7 default rules", seven, families);
        double[] big = measure("1,000 rules", thousand, families);
        measure("1,000, few hold", quiet, families);
        System.out.printf("ratio 1,000 ÷ 7: p50 %.1f, p99 %.1f (target: 1,000 rules p99 <= 2,000 us)%n",
                big[0] / base[0], big[1] / base[1]);
    }

    static double[] measure(String label, List<CompiledRule> rules, List<MetricFamily> families) {
        long[] nanos = new long[RUNS];
        int findings = 0;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            findings = RuleEvaluator.evaluate(rules, MetricView.of(families), 20).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double p50 = nanos[RUNS / 2] / 1000.0;
        double p99 = nanos[RUNS * 99 / 100] / 1000.0;
        if (!label.equals("warm-up")) {
            System.out.printf("%-16s p50 %8.1f us   p99 %8.1f us   max %8.1f us   (%d alerts hold)%n", label, p50, p99,
                    nanos[RUNS - 1] / 1000.0, findings);
        }
        return new double[] {p50, p99};
    }

    /** The scrape's shape: about 70 unlabelled gauges, per-bucket, per-severity and per-stage families. */
    static List<MetricFamily> families() {
        Random random = new Random(42);
        List<MetricFamily> families = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            families.add(family("tcps_bench_gauge_" + i, Map.of("", random.nextDouble())));
        }
        for (String name : List.of("tcps_quality_gate_pass_rate", "tcps_quality_defect_rate", "tcps_quality_gate_results",
                "tcps_production_lead_time_p50", "tcps_production_lead_time_p90", "tcps_production_window_completed",
                "tcps_tpm_maintenance_compliance", "tcps_andon_critical_oldest_open_seconds")) {
            families.add(family(name, Map.of("", random.nextDouble() * 100)));
        }
        for (String name : List.of("tcps_kanban_wip", "tcps_kanban_wip_limit", "tcps_kanban_bucket_utilization",
                "tcps_kanban_bucket_over_limit", "tcps_kanban_bucket_queue_depth")) {
            Map<String, Double> samples = new LinkedHashMap<>();
            BUCKETS.forEach(b -> samples.put("bucket=\"" + b + "\"", random.nextDouble()));
            families.add(family(name, samples));
        }
        Map<String, Double> stages = new LinkedHashMap<>();
        for (int s = 0; s < 8; s++) {
            stages.put("stage=\"stage" + s + "\"", random.nextDouble() * 1000);
        }
        families.add(family("tcps_flow_stage_dwell_avg", stages));
        families.add(family("tcps_andon_events_by_severity",
                Map.of("severity=\"critical\"", 1.0, "severity=\"warning\"", 2.0, "severity=\"info\"", 0.0)));
        return families;
    }

    static MetricFamily family(String name, Map<String, Double> samples) {
        List<MetricFamily.Sample> list = new ArrayList<>();
        samples.forEach((labels, value) -> list.add(new MetricFamily.Sample(labels, value)));
        return new MetricFamily(name, "gauge", "", list);
    }

    /** {@code holding}: about the share of rules that hold (the figures are uniform on 0..1). */
    static List<CompiledRule> thousandRules(List<MetricFamily> families, double holding) {
        Random random = new Random(7);
        List<CompiledRule> rules = new ArrayList<>();
        for (int i = 0; i < 800; i++) {
            MetricFamily family = families.get(random.nextInt(families.size()));
            List<LabelMatcher> matchers = i % 2 == 0 || family.samples().get(0).labels().isEmpty()
                    ? List.of()
                    : List.of(new LabelMatcher(family.samples().get(0).labels().split("=")[0], "=~", ".*i.*"));
            rules.add(compile("threshold-" + i, new RuleDefinition("Threshold " + i, "bench", "warning",
                    family.name(), ">", 1 - holding, matchers, null, List.of(),
                    0, 0, Map.of(), Map.of("summary", "value {{ $value }}"), null, null, null, true)));
        }
        for (int i = 0; i < 200; i++) {
            boolean grouped = i % 2 == 0;
            String expression = grouped
                    ? "tcps_kanban_bucket_utilization > " + (1 - holding) + " || tcps_kanban_bucket_over_limit > 1"
                    : "tcps_production_lead_time_p90 > " + (1 + i % 5) + ".0 * tcps_production_lead_time_p50"
                            + " && tcps_bench_gauge_" + (i % 60) + " < " + holding;
            rules.add(compile("expression-" + i, new RuleDefinition("Expression " + i, "bench", "warning", null, null,
                    null, List.of(), expression, grouped ? List.of("bucket") : List.of(), 0, 0, Map.of(),
                    Map.of("summary", "{{ $labels.bucket }} {{ $value }}"), null, null, null, true)));
        }
        return rules;
    }

    static CompiledRule compile(String id, RuleDefinition definition) {
        return new CompiledRule(id, 1, definition, RuleCompiler.compileStored(definition));
    }
}
