package tcps.security.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import tcps.problems.boundary.Problem;
import tcps.security.control.SecuritySettings;

/**
 * The first filter every request passes (web.xml): the security headers on every answer; cross-site writes and
 * WebSocket handshakes refused (403); CORS for the configured origins, preflights included.
 */
public class BrowserGuard extends HttpFilter {

    @Inject
    SecuritySettings settings;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        SecurityHeaders.apply(response, request.isSecure());
        OriginPolicy policy = new OriginPolicy(settings.allowedOrigins());
        String origin = request.getHeader("Origin");
        if (policy.isConfigured(origin)) {
            Cors.allow(response, origin);
            if (Cors.isPreflight(request)) {
                Cors.answerPreflight(response);
                return;
            }
        }
        if (OriginPolicy.needsCheck(request.getMethod(), request.getHeader("Upgrade"))
                && !policy.allows(origin, request.getHeader("Sec-Fetch-Site"), ownOrigin(request))) {
            ServletProblems.send(response, refused(request, origin));
            return;
        }
        chain.doFilter(request, response);
    }

    private static String ownOrigin(HttpServletRequest request) {
        String host = request.getHeader("Host");
        return host == null ? null : request.getScheme() + "://" + host;
    }

    private static Problem refused(HttpServletRequest request, String origin) {
        String from = origin == null ? "another site (Sec-Fetch-Site: cross-site)" : "'" + origin + "'";
        return new Problem(
                "urn:tcps:problem:cross-origin",
                "Cross-Origin Request Refused",
                403,
                "Header Origin: a request from " + from + " may not change anything here; add the origin to"
                        + " tcps.security.allowed-origins to allow it.",
                request.getRequestURI(),
                null);
    }
}
