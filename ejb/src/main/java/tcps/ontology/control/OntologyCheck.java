package tcps.ontology.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.entity.AndonEvent;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.Verdict;
import tcps.ontology.entity.LineFactsStore;
import tcps.receipts.entity.Receipt;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;
import tcps.workorders.entity.WorkOrder;

/**
 * Ontology: the line's facts as RDF, validated against the product's SHACL shapes; any violation is unhealthy and
 * names its node. Each check validates a bounded set, so its cost stays the same however long the history: of each
 * kind (work orders, Andon events, receipts) the newest, the next ones of a sweep over all of them, and those that
 * violated before. Every fact is validated again within one sweep.
 */
@ApplicationScoped
public class OntologyCheck implements ComponentCheck {

    static final String NAME = "ontology";
    static final int LISTED_VIOLATIONS = 20;

    @Inject
    LineFactsStore facts;

    @Inject
    ShapesValidation shapes;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.ontology.facts-per-kind", defaultValue = "500")
    int factsPerKind;

    @Inject
    @ConfigProperty(name = "tcps.health.ontology.sweep-per-kind", defaultValue = "500")
    int sweepPerKind;

    private final FactSweep sweep = new FactSweep();

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        LineGraph graph = new LineGraph();
        facts.newestWorkOrders(factsPerKind).forEach(graph::add);
        sweep.next("work_orders", after -> facts.workOrdersAfter(after, sweepPerKind), WorkOrder::getId)
                .forEach(graph::add);
        facts.workOrders(sweep.violating(LineGraph.WORK_ORDER)).forEach(graph::add);
        facts.newestAndonEvents(factsPerKind).forEach(graph::add);
        sweep.next("andon_events", after -> facts.andonEventsAfter(after, sweepPerKind), AndonEvent::getId)
                .forEach(graph::add);
        facts.andonEvents(sweep.violating(LineGraph.ANDON)).forEach(graph::add);
        facts.newestReceipts(factsPerKind).forEach(graph::add);
        sweep.next("receipts", after -> facts.receiptsAfter(after, sweepPerKind), Receipt::getId)
                .forEach(graph::add);
        facts.receipts(sweep.violating(LineGraph.RECEIPT)).forEach(graph::add);
        ShapesReport report = shapes.validate(graph.graph());
        sweep.violations(report.violations().stream()
                .map(ShapesReport.Violation::focusNode)
                .toList());

        Readings readings = new Readings(simulation, NAME);
        long violations = readings.count("violations", report.violations().size());
        List<ShapesReport.Violation> listed =
                report.violations().stream().limit(LISTED_VIOLATIONS).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("conforms", violations == 0);
        details.put("triples", report.triples());
        details.put("violations", violations);
        details.put("sweep_completed_at", sweep.completedAt());
        details.put(
                "violation_list",
                listed.stream()
                        .map(v -> Map.of(
                                "focusNode", String.valueOf(v.focusNode()),
                                "path", String.valueOf(v.path()),
                                "message", String.valueOf(v.message()),
                                "severity", String.valueOf(v.severity())))
                        .toList());
        return ComponentHealth.of(NAME, judge(violations, listed), details, readings);
    }

    static Verdict judge(long violations, List<ShapesReport.Violation> listed) {
        String nodes = String.join(
                ", ",
                listed.stream()
                        .map(ShapesReport.Violation::focusNode)
                        .distinct()
                        .toList());
        return new Verdict()
                .unhealthyIf(
                        violations > 0, violations + " SHACL violation(s)" + (nodes.isEmpty() ? "" : ": " + nodes));
    }
}
