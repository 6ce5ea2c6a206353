package tcps.security.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import tcps.problems.boundary.Problem;
import tcps.problems.boundary.ProblemResponses;
import tcps.security.control.Caller;
import tcps.security.control.SecuritySettings;
import tcps.security.entity.Role;

/** Lets a request reach its resource method only when its caller holds the role the method needs: else 401 or 403. */
final class RoleCheck implements ContainerRequestFilter {

    private final Access access;
    private final SecuritySettings settings;

    RoleCheck(Access access, SecuritySettings settings) {
        this.access = access;
        this.settings = settings;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Role needed = access.needed(settings);
        if (needed == null) {
            return;
        }
        Caller caller = (Caller) request.getProperty(Caller.ATTRIBUTE);
        Problem refused = AccessProblems.check(
                caller, needed, settings, request.getUriInfo().getRequestUri().getRawPath());
        if (refused == null) {
            return;
        }
        Response answer = ProblemResponses.of(refused);
        request.abortWith(
                refused.status() == 401
                        ? Response.fromResponse(answer)
                                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                                .build()
                        : answer);
    }
}
