package tcps.security.boundary;

import jakarta.servlet.http.HttpServletResponse;

/** The headers every answer carries, page and API alike. */
final class SecurityHeaders {

    /** The page's policy (also in its meta tag), plus what only a header can say: no framing by other sites. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    private SecurityHeaders() {}

    static void apply(HttpServletResponse response, boolean secure) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        if (secure) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
    }
}
