package tcps.ontology.control;

import java.time.Instant;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.AndonStatus;
import tcps.receipts.entity.Receipt;
import tcps.workorders.entity.WorkOrder;

/** The line's facts as RDF in the TCPS vocabulary; every node is {@code urn:tcps:<kind>:<id>}. */
public final class LineGraph {

    public static final String VOCABULARY = "urn:tcps:vocabulary#";
    public static final String WORK_ORDER = "urn:tcps:work-order:";
    public static final String ANDON = "urn:tcps:andon:";
    public static final String RECEIPT = "urn:tcps:receipt:";

    private final Graph graph = GraphFactory.createDefaultGraph();

    public static Node workOrderNode(long id) {
        return NodeFactory.createURI(WORK_ORDER + id);
    }

    public static Node andonNode(long id) {
        return NodeFactory.createURI(ANDON + id);
    }

    public static Node receiptNode(long id) {
        return NodeFactory.createURI(RECEIPT + id);
    }

    public LineGraph add(WorkOrder w) {
        Node node = workOrderNode(w.getId());
        type(node, "WorkOrder");
        text(node, "skuId", w.getSkuId());
        text(node, "bucket", w.getBucket());
        text(node, "priority", w.getPriority() == null ? null : w.getPriority().name());
        text(node, "status", w.getStatus() == null ? null : w.getStatus().name());
        text(node, "stage", w.getStage());
        time(node, "createdAt", w.getCreatedAt());
        time(node, "startedAt", w.getStartedAt());
        time(node, "completedAt", w.getCompletedAt());
        return this;
    }

    public LineGraph add(AndonEvent a) {
        Node node = andonNode(a.getId());
        type(node, "AndonEvent");
        text(node, "failureType", a.getFailureType());
        text(node, "skuId", a.getSkuId());
        text(node, "severity", a.getSeverity() == null ? null : a.getSeverity().name());
        text(node, "status", a.getStatus() == null ? null : a.getStatus().name());
        time(node, "triggeredAt", a.getTriggeredAt());
        if (a.getStatus() == AndonStatus.RESOLVED) {
            type(node, "ResolvedAndon");
            time(node, "resolvedAt", a.getResolvedAt());
            text(node, "rootCause", a.getRootCause());
            text(node, "fixApplied", a.getFixApplied());
            text(node, "preventionAdded", a.getPreventionAdded());
            text(node, "resolver", a.getResolver());
        }
        return this;
    }

    public LineGraph add(Receipt r) {
        Node node = receiptNode(r.getId());
        type(node, "Receipt");
        text(node, "skuId", r.getSkuId());
        add(node, "position", NodeFactory.createLiteralDT(String.valueOf(r.getPosition()), XSDDatatype.XSDinteger));
        text(node, "hash", r.getHash() == null ? null : r.getHash().trim());
        text(
                node,
                "previousHash",
                r.getPreviousHash() == null ? null : r.getPreviousHash().trim());
        text(node, "stage", r.getStage());
        add(node, "forWorkOrder", workOrderNode(r.getWorkOrderId()));
        return this;
    }

    public Graph graph() {
        return graph;
    }

    private void type(Node node, String type) {
        graph.add(Triple.create(node, RDF.type.asNode(), NodeFactory.createURI(VOCABULARY + type)));
    }

    private void text(Node node, String property, String value) {
        if (value != null) {
            add(node, property, NodeFactory.createLiteralString(value));
        }
    }

    private void time(Node node, String property, Instant value) {
        if (value != null) {
            add(node, property, NodeFactory.createLiteralDT(value.toString(), XSDDatatype.XSDdateTime));
        }
    }

    private void add(Node node, String property, Node value) {
        graph.add(Triple.create(node, NodeFactory.createURI(VOCABULARY + property), value));
    }
}
