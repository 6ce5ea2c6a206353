package tcps.ontology.control;

import java.util.List;

/** A SHACL validation: whether the data conforms, how many triples were checked, and each violation's node. */
public record ShapesReport(boolean conforms, long triples, List<Violation> violations) {

    public record Violation(String focusNode, String path, String message, String severity) {}
}
