package tcps.security.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import tcps.problems.boundary.ProblemResponses;
import tcps.security.control.BrowserSessions;
import tcps.security.control.Caller;
import tcps.security.control.SecuritySettings;

/**
 * The page's sign-in: it trades the key or token the person typed for a session cookie, which the browser then sends
 * on the event stream and the WebSocket handshake too (it cannot set headers there). {@code GET} says who is signed
 * in.
 */
@Anyone
@Path("session")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {

    @Inject
    BrowserSessions sessions;

    @Inject
    SecuritySettings settings;

    @Context
    UriInfo uri;

    @Context
    SecurityContext security;

    @POST
    public Response signIn() {
        Caller caller = caller();
        if (caller == null || caller.via() == Caller.Via.SESSION) {
            return ProblemResponses.of(
                    AccessProblems.unauthenticated(uri.getRequestUri().getRawPath()));
        }
        String token = sessions.open(caller);
        return Response.ok(SessionView.of(caller.throughSession(), settings))
                .cookie(cookie(token, NewCookie.DEFAULT_MAX_AGE))
                .build();
    }

    @GET
    public SessionView who() {
        return SessionView.of(caller(), settings);
    }

    @DELETE
    public Response signOut(@CookieParam(CallerFilter.SESSION_COOKIE) String token) {
        if (token != null) {
            sessions.close(token);
        }
        return Response.noContent().cookie(cookie("", 0)).build();
    }

    private Caller caller() {
        return security.getUserPrincipal() instanceof Caller caller ? caller : null;
    }

    /** A browser-session cookie: HttpOnly (scripts never see it), SameSite=Strict, Secure on HTTPS. */
    private NewCookie cookie(String value, int maxAge) {
        return new NewCookie.Builder(CallerFilter.SESSION_COOKIE)
                .value(value)
                .path(uri.getBaseUri().getRawPath().replaceFirst("api/?$", ""))
                .httpOnly(true)
                .secure("https".equals(uri.getBaseUri().getScheme()))
                .sameSite(NewCookie.SameSite.STRICT)
                .maxAge(maxAge)
                .build();
    }
}
