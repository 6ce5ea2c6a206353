package tcps.problems.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;
import tcps.problems.control.TextFaults;

/**
 * Query parameters and path segments reach queries and stored rows: text the product cannot keep ({@link TextFaults})
 * or percent-encoding that decodes to nothing is refused with 400 naming the parameter, before any resource runs.
 */
@Provider
@PreMatching
public class ParameterText implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        String instance = request.getUriInfo().getRequestUri().getRawPath();
        String refused;
        try {
            refused = faultIn(
                    request.getUriInfo().getQueryParameters(true),
                    request.getUriInfo().getPathSegments(true));
        } catch (IllegalArgumentException badEncoding) {
            refused = "The address holds percent-encoding that is not valid (such as %zz).";
        }
        if (refused != null) {
            request.abortWith(ProblemResponses.of(Problem.plain(400, refused, instance)));
        }
    }

    private static String faultIn(MultivaluedMap<String, String> query, List<PathSegment> segments) {
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            for (String value : parameter.getValue()) {
                String reason = TextFaults.reasonOf(parameter.getKey() + value);
                if (reason != null) {
                    return "Query parameter '" + printable(parameter.getKey()) + "' " + reason + ".";
                }
            }
        }
        for (PathSegment segment : segments) {
            String reason = TextFaults.reasonOf(segment.getPath());
            if (reason != null) {
                return "The path " + reason + ".";
            }
        }
        return null;
    }

    private static String printable(String name) {
        return TextFaults.reasonOf(name) == null ? name : name.replaceAll("[\\x00\\uD800-\\uDFFF]", "?");
    }
}
