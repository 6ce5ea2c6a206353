package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The channels' outbound HTTP: the JDK client with a connect and a request time-out on every call, and one reading of
 * an answer for all of them: 2xx delivered; 408, 429 and 5xx worth retrying (with the service's {@code Retry-After});
 * any other status not.
 */
@ApplicationScoped
public class HttpDelivery {

    private static final int BODY_SHOWN = 300;

    @Inject
    @ConfigProperty(name = "tcps.notifications.http-timeout-ms", defaultValue = "10000")
    long timeoutMs;

    private volatile HttpClient client;

    public static HttpRequest.Builder postJson(String url, String json) {
        return HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
    }

    /** Sends the request; answers a 2xx response, throws {@link DeliveryFailure} for anything else. */
    public HttpResponse<String> send(HttpRequest.Builder request) throws DeliveryFailure {
        HttpResponse<String> response;
        try {
            response = client().send(
                            request.timeout(Duration.ofMillis(timeoutMs)).build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw DeliveryFailure.transientFailure("no answer within " + timeoutMs + " ms");
        } catch (IOException e) {
            throw DeliveryFailure.transientFailure("could not reach the service: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryFailure.transientFailure("interrupted");
        } catch (IllegalArgumentException e) {
            // Not e's message: it may quote the URL, and a URL may carry the channel's secret
            throw DeliveryFailure.permanent("not a valid request; check the channel's URL");
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return response;
        }
        boolean retryable = status == 408 || status == 429 || status >= 500;
        throw new DeliveryFailure(
                "HTTP " + status + shown(response.body()),
                retryable,
                retryAfter(response.headers().firstValue("Retry-After").orElse(null)));
    }

    /** {@code Retry-After} in seconds or as an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(header.trim(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(java.time.Instant.now(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    private static String shown(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String text = body.strip();
        return ": " + (text.length() > BODY_SHOWN ? text.substring(0, BODY_SHOWN) + "…" : text);
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            current = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofMillis(timeoutMs))
                    .build();
            client = current;
        }
        return current;
    }
}
