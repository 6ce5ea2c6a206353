package tcps.security.boundary;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a browser request comes from a page this product trusts: the server's own origin or one configured in
 * {@code tcps.security.allowed-origins}. Writes and WebSocket handshakes from elsewhere are refused, so a page an
 * operator visits cannot act through the operator's browser. A request without {@code Origin} is not a browser's
 * cross-site request (browsers send it on every cross-origin write), unless {@code Sec-Fetch-Site} says otherwise.
 */
public record OriginPolicy(List<String> configured) {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** Whether the request changes state, or opens a WebSocket (which then can). */
    public static boolean needsCheck(String method, String upgrade) {
        return !SAFE_METHODS.contains(method) || (upgrade != null && upgrade.equalsIgnoreCase("websocket"));
    }

    public boolean allows(String origin, String fetchSite, String ownOrigin) {
        if (origin == null) {
            return fetchSite == null || !fetchSite.equalsIgnoreCase("cross-site");
        }
        return sameOrigin(origin, ownOrigin) || isConfigured(origin);
    }

    /** A configured origin other than the server's own: CORS answers it. */
    public boolean isConfigured(String origin) {
        return origin != null && configured.stream().anyMatch(allowed -> sameOrigin(origin, allowed));
    }

    static boolean sameOrigin(String a, String b) {
        return b != null && normalized(a).equals(normalized(b));
    }

    /** Scheme and host are case-insensitive, and a default port may be written or not. */
    private static String normalized(String origin) {
        String lower = origin.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") && lower.endsWith(":80")) {
            return lower.substring(0, lower.length() - 3);
        }
        if (lower.startsWith("https://") && lower.endsWith(":443")) {
            return lower.substring(0, lower.length() - 4);
        }
        return lower;
    }
}
