package tcps.security.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;
import tcps.security.control.AuditTrail;
import tcps.security.control.Caller;

/** Every REST write goes into the audit with its caller and how it ended, refusals (401, 403, 429) included. */
@Provider
public class AuditRecorder implements ContainerResponseFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    AuditTrail audit;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        audit.record(
                (Caller) request.getProperty(Caller.ATTRIBUTE),
                request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(),
                response.getStatus());
    }
}
