package tcps.ontology.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;

/** Validates graphs against the SHACL shapes shipped with the product ({@value #SHAPES}), parsed once. */
@ApplicationScoped
public class ShapesValidation {

    static final String SHAPES = "/ontology/tcps-shapes.ttl";

    private volatile Shapes shapes;

    public ShapesReport validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes(), data);
        List<ShapesReport.Violation> violations = report.getEntries().stream()
                .map(entry -> new ShapesReport.Violation(
                        text(entry.focusNode()),
                        entry.resultPath() == null ? null : entry.resultPath().toString(),
                        entry.message(),
                        entry.severity().level().getLocalName()))
                .toList();
        return new ShapesReport(report.conforms(), data.size(), violations);
    }

    private Shapes shapes() {
        Shapes parsed = shapes;
        if (parsed == null) {
            parsed = Shapes.parse(load(SHAPES));
            shapes = parsed;
        }
        return parsed;
    }

    static Graph load(String resource) {
        Graph graph = GraphFactory.createDefaultGraph();
        try (InputStream in = ShapesValidation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the product");
            }
            RDFParser.create().source(in).lang(Lang.TURTLE).parse(graph);
            return graph;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Node node) {
        return node == null ? null : node.isURI() ? node.getURI() : node.toString();
    }
}
