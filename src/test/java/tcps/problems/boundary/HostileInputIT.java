package tcps.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
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
 * Input a fuzzer sends: each is a 400 (or 413) problem naming what is wrong, nothing is stored, and the server keeps
 * serving. Text the database cannot keep, documents with more after them, values of the wrong JSON type, nesting in
 * fields the product ignores, absurd Content-Length values.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

    private static final String JSON = "application/json";
    private static final String VALID =
            "{\"description\":\"hostile input check\",\"priority\":\"low\",\"bucket\":\"reliability\"}";

    @ArquillianResource
    URL deployment;

    private Http http;

    @BeforeEach
    void connect() {
        http = new Http(deployment);
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void textTheDatabaseCannotKeepIsRefusedNamingTheField() {
        Map<String, Long> before = LineTables.counts();

        Http.Reply nul = workOrder("{\"description\":\"a\\u0000b\",\"priority\":\"low\",\"bucket\":\"reliability\"}");
        Http.Reply surrogate =
                workOrder("{\"description\":\"a\\ud800b\",\"priority\":\"low\",\"bucket\":\"reliability\"}");
        Http.Reply inDetails = http.post(
                "api/andon",
                JSON,
                "{\"failureType\":\"test_failure\",\"skuId\":\"SKU-NUL\",\"details\":{\"log\":\"x\\u0000\"}}");
        Http.Reply event = http.post(
                "api/events",
                JSON,
                "{\"type\":\"work_order.create\",\"description\":\"\\u0000\",\"priority\":\"low\",\"bucket\":\"cost\"}");
        Http.Reply query = http.get("api/work-orders?skuId=%00");

        assertProblem(nul, 400, "description", "NUL");
        assertProblem(surrogate, 400, "description", "unpaired surrogate");
        assertProblem(inDetails, 400, "log", "NUL");
        assertThat(event.status()).as(event.body()).isEqualTo(400);
        assertThat(event.body()).contains("NUL");
        assertProblem(query, 400, "skuId", "NUL");
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void anythingAfterTheJsonDocumentIsRefused() {
        Map<String, Long> before = LineTables.counts();

        assertProblem(workOrder(VALID + VALID), 400, "after its JSON document", "");
        assertProblem(workOrder(VALID + "xyz"), 400, "JSON", "");
        Http.Reply chunked =
                http.postChunked("api/work-orders", JSON, () -> stream(VALID + " " + "x".repeat(2_000_000)));
        assertThat(chunked.status()).as(chunked.body()).isIn(400, 413);

        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void aValueOfTheWrongJsonTypeIsNotCoercedIntoText() {
        Map<String, Long> before = LineTables.counts();

        for (String description : new String[] {"[1,2]", "42", "true", "{\"a\":1}"}) {
            Http.Reply reply =
                    workOrder("{\"description\":" + description + ",\"priority\":\"low\",\"bucket\":\"reliability\"}");
            assertProblem(reply, 400, "description", "must be a string");
        }
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void nestingIsLimitedInFieldsTheProductIgnoresToo() {
        String deep = "[".repeat(500) + "]".repeat(500);
        Http.Reply reply = workOrder(
                "{\"description\":\"deep\",\"priority\":\"low\",\"bucket\":\"reliability\",\"extra\":" + deep + "}");

        assertProblem(reply, 400, "nests deeper than", "");
    }

    @Test
    void absurdContentLengthsAreRefusedWithAProblem() throws IOException {
        String huge = raw("POST", "api/work-orders", "Content-Length: 2147483648\r\nContent-Type: application/json");
        String enormous = raw(
                "POST", "api/work-orders", "Content-Length: 99999999999999999999\r\nContent-Type: application/json");

        assertThat(huge).startsWith("HTTP/1.1 413").contains("application/problem+json");
        assertThat(enormous).matches("(?s)HTTP/1.1 4\\d\\d.*").doesNotStartWith("HTTP/1.1 5");
        assertThat(http.get("api/ping").status()).isEqualTo(200);
    }

    @Test
    void aValidRequestStillWorksAfterAllThat() {
        assertThat(workOrder(VALID).status()).isEqualTo(201);
    }

    private Http.Reply workOrder(String body) {
        return http.post("api/work-orders", JSON, body);
    }

    private static void assertProblem(Http.Reply reply, int status, String... mentions) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).contains(mentions);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A request the JDK client would not send (it checks its own headers), answered with its first bytes. */
    private String raw(String method, String path, String headers) throws IOException {
        try (Socket socket = new Socket(deployment.getHost(), deployment.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + deployment.getPath() + path + " HTTP/1.1\r\nHost: " + deployment.getHost()
                            + "\r\nAuthorization: Bearer " + TestKeys.admin() + "\r\n" + headers
                            + "\r\nConnection: close\r\n\r\n{}")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The head of the answer: the server may keep the connection open for the body it was promised
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder();
            for (int c = in.read(); c != -1 && !head.toString().endsWith("\r\n\r\n"); c = in.read()) {
                head.append((char) c);
            }
            return head.toString();
        }
    }
}
