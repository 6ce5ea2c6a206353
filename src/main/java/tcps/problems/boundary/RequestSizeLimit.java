package tcps.problems.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses request bodies over {@code tcps.http.max-request-bytes} with 413: at once when Content-Length says so,
 * and while reading when a chunked body grows past the limit.
 */
@Provider
@PreMatching
@ApplicationScoped
public class RequestSizeLimit implements ContainerRequestFilter {

    @Inject
    @ConfigProperty(name = "tcps.http.max-request-bytes", defaultValue = "1048576")
    long maxBytes;

    @Override
    public void filter(ContainerRequestContext request) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        String declared = request.getHeaderString("Content-Length");
        // Read as text: the runtime's own int reading fails past 2^31 - 1
        if (declared != null && !declared.strip().matches("[0-9]{1,19}")) {
            request.abortWith(ProblemResponses.of(Problem.plain(
                    400, "Header Content-Length must be a number of bytes, not '" + declared + "'.", instance)));
        } else if (declared != null
                && (declared.strip().length() > 18 || Long.parseLong(declared.strip()) > maxBytes)) {
            request.abortWith(
                    ProblemResponses.of(Problem.plain(413, "Header Content-Length: " + tooLarge(), instance)));
        } else if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes, tooLarge()));
        }
    }

    private String tooLarge() {
        return "The request body exceeds the limit of " + maxBytes + " bytes.";
    }
}
