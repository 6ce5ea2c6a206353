package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.OwnServer;

/**
 * HTTPS as operators set it up: Payara Micro's {@code --sslport} with a keystore of their own (made here with
 * keytool). Answers carry HSTS, and the page's session cookie is Secure.
 */
class HttpsIT {

    private static OwnServer server;
    private static int sslPort;
    private static HttpClient client;
    private static Path keystore;

    @BeforeAll
    static void start() throws Exception {
        keystore = Files.createDirectories(Path.of("target", "https-it")).resolve("tcps-" + System.nanoTime() + ".p12");
        Process keytool = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "keytool")
                                .toString(),
                        "-genkeypair",
                        "-alias",
                        "s1as",
                        "-keyalg",
                        "RSA",
                        "-keysize",
                        "2048",
                        "-validity",
                        "2",
                        "-dname",
                        "CN=localhost",
                        "-ext",
                        "SAN=dns:localhost,ip:127.0.0.1",
                        "-keystore",
                        keystore.toString(),
                        "-storetype",
                        "PKCS12",
                        "-storepass",
                        "changeit")
                .inheritIO()
                .start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        sslPort = OwnServer.freePort();
        server = OwnServer.start(
                "https",
                List.of(
                        "-Djavax.net.ssl.keyStore=" + keystore.toAbsolutePath(),
                        "-Djavax.net.ssl.keyStorePassword=changeit"),
                List.of("--sslport", String.valueOf(sslPort)));
        client = HttpClient.newBuilder().sslContext(trusting(keystore)).build();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void httpsServesTheProductWithItsOwnCertificateAndHsts() throws Exception {
        HttpResponse<String> ping =
                client.send(HttpRequest.newBuilder(https("api/ping")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(ping.headers().firstValue("Strict-Transport-Security")).hasValue("max-age=31536000");
        assertThat(server.admin().get("api/ping").status())
                .as("plain HTTP still answers")
                .isEqualTo(200);
    }

    @Test
    void thePagesSessionCookieIsSecureOverHttps() throws Exception {
        String key = Files.readString(server.folder().resolve("data/admin.key")).strip();

        HttpResponse<String> signedIn = client.send(
                HttpRequest.newBuilder(https("api/session"))
                        .header("Authorization", "Bearer " + key)
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(signedIn.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie -> assertThat(cookie)
                .contains("TCPS_SESSION=", "Secure", "HttpOnly", "SameSite=Strict"));
    }

    private static URI https(String path) {
        return URI.create("https://localhost:" + sslPort + "/" + path);
    }

    private static SSLContext trusting(Path store) throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, "changeit".toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
