package tcps.notifications.control;

import java.net.URI;

/** How a channel's settings show a secret: never the secret itself. */
public final class Secrets {

    public static final String MASK = "********";

    private Secrets() {}

    /** A key or password: set or not, never its value. */
    public static String mask(String secret) {
        return secret == null || secret.isBlank() ? "" : MASK;
    }

    /** A URL that carries its secret in the path or query (Slack's webhook): scheme, host and port only. */
    public static String maskUrl(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            URI uri = URI.create(url.trim());
            String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
            return uri.getScheme() + "://" + uri.getHost() + port + "/" + MASK;
        } catch (IllegalArgumentException e) {
            return MASK;
        }
    }
}
