package tcps.problems.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemDetailsIT {

    private static final String JSON = "application/json";
    private static final String PROBE = "api/problem-probe";
    private static final int LIMIT = 1_048_576;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create(ProblemProbeResource.class, ProblemProbeResource.Sample.class);
    }

    private Http http() {
        return new Http(deployment);
    }

    @Test
    void validBodyIsAccepted() {
        Http.Reply reply = http().post(PROBE, JSON, "{\"name\":\"line 1\",\"priority\":3}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().getString("name")).isEqualTo("line 1");
    }

    @Test
    void unknownApiRouteIs404() {
        JsonObject problem = problem(http().get("api/no-such-thing"), 404);

        assertThat(problem.getString("type")).isEqualTo("about:blank");
        assertThat(problem.getString("title")).isEqualTo("Not Found");
        assertThat(problem.getString("instance")).endsWith("/api/no-such-thing");
    }

    @Test
    void unknownPageOutsideTheApiIs404() {
        JsonObject problem = problem(http().get("no-such-page.html", "text/html"), 404);

        assertThat(problem.getString("instance")).endsWith("/no-such-page.html");
    }

    @Test
    void wrongMethodIs405() {
        problem(http().send("DELETE", "api/health"), 405);
    }

    @Test
    void unacceptableMediaTypeIs406() {
        problem(http().get("api/health", "application/xml"), 406);
    }

    @Test
    void malformedJsonIs400() {
        JsonObject problem = problem(http().post(PROBE, JSON, "{\"name\": \"unterminated"), 400);

        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
        assertThat(problem.getString("title")).isEqualTo("Malformed JSON");
    }

    @Test
    void wrongJsonTypeIs400() {
        JsonObject problem = problem(http().post(PROBE, JSON, "{\"name\":\"x\",\"priority\":\"high\"}"), 400);

        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:malformed-json");
    }

    @Test
    void validationFailuresAre400WithEveryField() {
        JsonObject problem = problem(http().post(PROBE, JSON, "{\"name\":\" \",\"priority\":9}"), 400);

        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:validation-failed");
        assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
                .extracting(error -> error.getString("field"))
                .containsExactly("name", "priority");
    }

    @Test
    void missingBodyIs400() {
        JsonObject problem = problem(http().post(PROBE, JSON, ""), 400);

        assertThat(problem.getString("type")).isEqualTo("urn:tcps:problem:missing-body");
    }

    @Test
    void unsupportedMediaTypeIs415() {
        problem(http().post(PROBE, "text/plain", "name=x"), 415);
    }

    @Test
    void declaredOversizedBodyIs413() {
        String big = "{\"name\":\"" + "x".repeat(LIMIT) + "\",\"priority\":1}";

        JsonObject problem = problem(http().postExpectingContinue(PROBE, JSON, big), 413);

        assertThat(problem.getString("detail")).contains(String.valueOf(LIMIT));
    }

    @Test
    void chunkedOversizedBodyIs413() {
        byte[] big = ("{\"name\":\"" + "x".repeat(LIMIT) + "\",\"priority\":1}").getBytes(StandardCharsets.UTF_8);

        problem(http().postChunked(PROBE, JSON, () -> new ByteArrayInputStream(big)), 413);
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        Http.Reply reply = http().get(PROBE + "/failure");
        JsonObject problem = problem(reply, 500);

        assertThat(problem.getString("detail")).startsWith("An unexpected error occurred. Reference: ");
        assertThat(reply.body()).doesNotContain("secret", "IllegalStateException", "at tcps.", "\tat ");
    }

    @Test
    void serverKeepsServingAfterErrors() {
        http().get(PROBE + "/failure");
        http().post(PROBE, JSON, "{broken");

        assertThat(http().get("api/health").status()).isEqualTo(200);
    }

    private static JsonObject problem(Http.Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonObject problem = reply.json();
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.containsKey("type")).isTrue();
        assertThat(problem.containsKey("instance")).isTrue();
        return problem;
    }
}
