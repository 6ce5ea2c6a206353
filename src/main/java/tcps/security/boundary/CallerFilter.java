package tcps.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.problems.boundary.Problem;
import tcps.security.control.Caller;
import tcps.security.control.Credentials;
import tcps.security.control.RateLimits;
import tcps.security.control.SecuritySettings;
import tcps.security.control.Unauthenticated;
import tcps.security.entity.Role;

/**
 * Finds the caller of every request (REST, the event stream, the WebSocket handshake) once, and hands it on as the
 * request's principal: resources and WebSocket commands then only decide what that caller may do. A key or token that
 * is not valid is answered 401 here.
 */
public class CallerFilter extends HttpFilter {

    public static final String SESSION_COOKIE = "TCPS_SESSION";
    private static final Logger LOG = Logger.getLogger(CallerFilter.class.getName());

    @Inject
    Credentials credentials;

    @Inject
    SecuritySettings settings;

    @Inject
    RateLimits limits;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        Optional<Duration> refusedFor = authorization != null && settings.enabled()
                ? limits.signInsRefused(request.getRemoteAddr())
                : Optional.empty();
        if (refusedFor.isPresent()) {
            response.setHeader("Retry-After", Long.toString(AccessProblems.retryAfterSeconds(refusedFor.get())));
            ServletProblems.send(
                    response, AccessProblems.tooManyFailedSignIns(refusedFor.get(), request.getRequestURI()));
            return;
        }
        Optional<Caller> caller;
        try {
            caller = settings.enabled()
                    ? credentials.callerOf(authorization, sessionOf(request))
                    : Optional.of(Caller.UNCHECKED);
        } catch (Unauthenticated refused) {
            limits.failedSignIn(request.getRemoteAddr());
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ServletProblems.send(response, problem(401, "Invalid Credentials", refused.getMessage(), request));
            return;
        } catch (RuntimeException unavailable) {
            LOG.log(Level.FINE, "Credentials could not be checked", unavailable);
            response.setHeader("Retry-After", "5");
            ServletProblems.send(
                    response,
                    problem(
                            503,
                            "Credentials Cannot Be Checked",
                            "The database is unavailable; retry shortly.",
                            request));
            return;
        }
        if (caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(Caller.ATTRIBUTE, caller.get());
        chain.doFilter(new Identified(request, caller.get()), response);
    }

    static Problem problem(int status, String title, String detail, HttpServletRequest request) {
        return new Problem(
                "urn:tcps:problem:" + (status == 401 ? "unauthenticated" : "credentials-unavailable"),
                title,
                status,
                "Header Authorization: " + detail,
                request.getRequestURI(),
                null);
    }

    private static String sessionOf(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (SESSION_COOKIE.equals(cookie.getName())) {
                    return cookie.getValue();
                }
            }
        }
        return null;
    }

    /** The request as the container's security would present it: principal and roles are the caller's. */
    private static final class Identified extends HttpServletRequestWrapper {

        private final Caller caller;

        Identified(HttpServletRequest request, Caller caller) {
            super(request);
            this.caller = caller;
        }

        @Override
        public Principal getUserPrincipal() {
            return caller;
        }

        @Override
        public String getRemoteUser() {
            return caller.name();
        }

        @Override
        public boolean isUserInRole(String role) {
            Role named = Role.named(role);
            return named != null && caller.may(named);
        }

        @Override
        public String getAuthType() {
            return "BEARER";
        }
    }
}
