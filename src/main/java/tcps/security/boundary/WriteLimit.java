package tcps.security.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import tcps.problems.boundary.ProblemResponses;
import tcps.security.control.Caller;
import tcps.security.control.RateLimits;

/** After the role check: a caller past its writes per minute gets 429 with Retry-After, and nothing is done. */
final class WriteLimit implements ContainerRequestFilter {

    private final RateLimits limits;

    WriteLimit(RateLimits limits) {
        this.limits = limits;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getProperty(Caller.ATTRIBUTE) instanceof Caller caller) || caller.via() == Caller.Via.UNCHECKED) {
            return;
        }
        Optional<Duration> wait = limits.write(caller);
        if (wait.isPresent()) {
            request.abortWith(Response.fromResponse(ProblemResponses.of(AccessProblems.tooManyWrites(
                            caller,
                            limits.writesPerMinute(),
                            wait.get(),
                            request.getUriInfo().getRequestUri().getRawPath())))
                    .header("Retry-After", AccessProblems.retryAfterSeconds(wait.get()))
                    .build());
        }
    }
}
