package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineTables;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/**
 * A page elsewhere cannot act through an operator's browser: cross-origin writes and WebSocket handshakes are refused
 * even with valid credentials; the configured portal origin gets CORS; every answer carries the security headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CrossSiteIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private static final String WORK_ORDER =
            "{\"description\":\"cross-site attempt\",\"priority\":\"low\",\"bucket\":\"reliability\"}";

    @ArquillianResource
    URL deployment;

    private Http http;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
    }

    @Test
    void aCrossOriginWriteIsRefusedAndStoresNothing() throws Exception {
        Map<String, Long> before = LineTables.counts();
        long pausedBefore = pausedBuckets();

        HttpResponse<String> refused = post("http://evil.example", null);
        HttpResponse<String> bodiless =
                send(http.authorized(HttpRequest.newBuilder(http.uri("api/kanban/intake/pause")))
                        .header("Origin", "http://evil.example")
                        .POST(HttpRequest.BodyPublishers.noBody()));

        for (HttpResponse<String> response : java.util.List.of(refused, bodiless)) {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(response.body()).contains("Origin", "http://evil.example", "tcps.security.allowed-origins");
        }
        assertThat(LineTables.counts()).isEqualTo(before);
        assertThat(pausedBuckets()).isEqualTo(pausedBefore);
    }

    @Test
    void aBrowserSayingCrossSiteWithoutAnOriginIsRefusedToo() throws Exception {
        assertThat(post(null, "cross-site").statusCode()).isEqualTo(403);
    }

    @Test
    void theServersOwnOriginAndTheConfiguredPortalMayWrite() throws Exception {
        String own = deployment.getProtocol() + "://" + deployment.getHost() + ":" + deployment.getPort();

        assertThat(post(own, "same-origin").statusCode()).isEqualTo(201);
        HttpResponse<String> portal = post("http://portal.example", "cross-site");
        assertThat(portal.statusCode()).isEqualTo(201);
        assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://portal.example");
    }

    @Test
    void corsAnswersThePortalsPreflightAndNobodyElse() throws Exception {
        HttpResponse<String> portal = preflight("http://portal.example");
        HttpResponse<String> other = preflight("http://evil.example");

        assertThat(portal.statusCode()).isEqualTo(204);
        assertThat(portal.headers().firstValue("Access-Control-Allow-Origin")).hasValue("http://portal.example");
        assertThat(portal.headers().firstValue("Access-Control-Allow-Headers"))
                .hasValueSatisfying(h -> assertThat(h).contains("Authorization"));
        assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void aCrossOriginWebSocketHandshakeIsRefused() throws Exception {
        assertThat(handshake("http://evil.example")).startsWith("HTTP/1.1 403");
        assertThat(handshake("http://portal.example")).startsWith("HTTP/1.1 101");
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (String path : java.util.List.of("", "api/work-orders", "api/nothing-here", "app/main.js")) {
            HttpResponse<String> response =
                    send(HttpRequest.newBuilder(http.uri(path)).GET());
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'"));
            // Plain HTTP: no HSTS (HttpsIT shows it over TLS)
            assertThat(response.headers().firstValue("Strict-Transport-Security"))
                    .as(path)
                    .isEmpty();
        }
    }

    private long pausedBuckets() {
        return http.get("api/kanban").body().split("\"intakePaused\":true", -1).length - 1;
    }

    private HttpResponse<String> post(String origin, String fetchSite) throws Exception {
        HttpRequest.Builder request = http.authorized(HttpRequest.newBuilder(http.uri("api/work-orders")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(WORK_ORDER));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return send(request);
    }

    private HttpResponse<String> preflight(String origin) throws Exception {
        return send(HttpRequest.newBuilder(http.uri("api/work-orders"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A browser's WebSocket upgrade request (the JDK client cannot set Origin), answered with its status line. */
    private String handshake(String origin) throws IOException {
        try (Socket socket = new Socket(deployment.getHost(), deployment.getPort())) {
            String request = "GET " + deployment.getPath() + "ws HTTP/1.1\r\n"
                    + "Host: " + deployment.getHost() + ":" + deployment.getPort() + "\r\n"
                    + "Upgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                    + "Authorization: Bearer " + TestKeys.operator() + "\r\n"
                    + "Origin: " + origin + "\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(10_000);
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != -1 && c != '\r'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString();
        }
    }
}
