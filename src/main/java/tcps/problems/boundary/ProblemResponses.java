package tcps.problems.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Builds every error response of the REST API, so they all look alike. */
public final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    private ProblemResponses() {}

    public static Response of(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    public static Response of(ProblemKind kind, String detail, UriInfo uri) {
        return of(Problem.of(kind, detail, pathOf(uri)));
    }

    /** Maps any failure; unexpected ones are logged under a reference the client can quote, never shown. */
    public static Response forFailure(Throwable failure, UriInfo uri) {
        String instance = pathOf(uri);
        Problem problem = ProblemClassifier.classify(failure, instance);
        if (problem != null) {
            return of(problem);
        }
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure at " + instance + ", reference " + reference, failure);
        return of(Problem.plain(500, "An unexpected error occurred. Reference: " + reference, instance));
    }

    static String pathOf(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
