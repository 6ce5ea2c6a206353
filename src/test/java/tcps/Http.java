package tcps;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

/** A small HTTP client for black-box tests: relative paths against the deployment, JSON bodies parsed. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            // Browsers and monitoring agents speak HTTP/1.1 or TLS h2; the JDK's cleartext h2c upgrade is not what they
            // do.
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    private final URI base;
    /** The Bearer credential sent with every request; null sends none. */
    private final String key;

    /** A client acting as an admin (a test key): most tests exercise behaviour, not access control. */
    public Http(URL deployment) {
        this(URI.create(deployment.toString()), TestKeys.admin());
    }

    /** A client presenting {@code key} (null: no credentials), for servers a test starts on a database of its own. */
    public Http(URL server, String key) {
        this(URI.create(server.toString()), key);
    }

    private Http(URI base, String key) {
        this.base = base;
        this.key = key;
    }

    /** The same client presenting another API key or token. */
    public Http as(String credential) {
        return new Http(base, credential);
    }

    /** The same client presenting no credentials. */
    public Http anonymous() {
        return new Http(base, null);
    }

    /** The {@code Authorization} header value this client sends, or null. */
    public String authorization() {
        return key == null ? null : "Bearer " + key;
    }

    /** Paths starting with "/" are relative to the server root (where /health lives), others to the deployment. */
    public URI uri(String path) {
        return base.resolve(path);
    }

    public Reply get(String path, String accept) {
        return exchange(authorized(HttpRequest.newBuilder(uri(path)))
                .header("Accept", accept)
                .GET());
    }

    public Reply get(String path) {
        return get(path, "application/json");
    }

    public Reply post(String path, String contentType, String body) {
        return exchange(request(path, contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Reply put(String path, String contentType, String body) {
        return exchange(request(path, contentType).PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Asks before sending the body, as curl does for large ones: the JDK client reads no response until its upload is
     * done, so a server that refuses a declared-too-large body at once is only seen this way.
     */
    public Reply postExpectingContinue(String path, String contentType, String body) {
        return exchange(
                request(path, contentType).expectContinue(true).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Posts a body of unknown length, so it goes out chunked without a Content-Length. */
    public Reply postChunked(String path, String contentType, Supplier<InputStream> body) {
        return exchange(request(path, contentType).POST(HttpRequest.BodyPublishers.ofInputStream(body)));
    }

    public Reply send(String method, String path) {
        return exchange(
                authorized(HttpRequest.newBuilder(uri(path))).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /** Sends a request the test built, with this client's credential added. */
    public Reply send(HttpRequest.Builder request) {
        return exchange(authorized(request));
    }

    public HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return key == null ? request : request.header("Authorization", authorization());
    }

    private HttpRequest.Builder request(String path, String contentType) {
        return authorized(HttpRequest.newBuilder(uri(path)))
                .header("Content-Type", contentType)
                .header("Accept", "application/json");
    }

    private static Reply exchange(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Reply(int status, String contentType, String body) {

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        public JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }
}
