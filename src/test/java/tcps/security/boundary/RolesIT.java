package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.SoftAssertions;
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
import tcps.RestEndpoints;
import tcps.RestEndpoints.Endpoint;
import tcps.TcpsDeployment;
import tcps.TestKeys;
import tcps.problems.boundary.Problem;
import tcps.security.entity.Role;

/**
 * Every REST endpoint, found in the resources, called without credentials, with a viewer, an operator and an admin
 * key: 401 and 403 problems where the role is missing (nothing stored), the endpoint's own answer where it is not.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RolesIT {

    private static final List<Endpoint> ENDPOINTS = RestEndpoints.all();

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
    void everyEndpointIsFound() {
        assertThat(ENDPOINTS).hasSizeGreaterThan(80);
        assertThat(ENDPOINTS.stream().filter(Endpoint::writes)).hasSizeGreaterThan(35);
    }

    @Test
    void withoutCredentialsEveryGuardedEndpointAnswers401AndStoresNothing() {
        Map<String, Long> before = LineTables.counts();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : guarded()) {
            Http.Reply reply = call(http.anonymous(), endpoint);
            softly.assertThat(reply.status()).as(endpoint.toString()).isEqualTo(401);
            softly.assertThat(reply.contentType()).as(endpoint.toString()).startsWith(Problem.MEDIA_TYPE);
            softly.assertThat(reply.body()).as(endpoint.toString()).contains("\"status\":401", "Authorization");
        }
        softly.assertAll();
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void aViewerReadsAndEveryWriteAnswers403AndStoresNothing() {
        Map<String, Long> before = LineTables.counts();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : guarded()) {
            Http.Reply reply = call(http.as(TestKeys.viewer()), endpoint);
            if (endpoint.access().role() == Role.VIEWER) {
                softly.assertThat(reply.status()).as(endpoint.toString()).isNotIn(401, 403);
            } else {
                softly.assertThat(reply.status()).as(endpoint.toString()).isEqualTo(403);
                softly.assertThat(reply.contentType()).as(endpoint.toString()).startsWith(Problem.MEDIA_TYPE);
                softly.assertThat(reply.body())
                        .as(endpoint.toString())
                        .contains("needs the " + endpoint.access().role().label() + " role", "it-viewer");
            }
        }
        softly.assertAll();
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void anOperatorRunsTheLineButIsRefusedTheAdminsWork() {
        Map<String, Long> before = LineTables.counts();
        SoftAssertions softly = new SoftAssertions();
        for (Endpoint endpoint : guarded()) {
            if (endpoint.access().role() == Role.ADMIN) {
                softly.assertThat(call(http.as(TestKeys.operator()), endpoint).status())
                        .as(endpoint.toString())
                        .isEqualTo(403);
            }
        }
        softly.assertAll();
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    /**
     * With the right role a request gets past access control to the endpoint itself: with an empty body and a dummy id
     * that is a 2xx, or the endpoint's own 4xx, but never 401, 403 or a server error.
     */
    @Test
    void withTheRightRoleEveryEndpointAnswersForItself() {
        SoftAssertions softly = new SoftAssertions();
        try {
            for (Endpoint endpoint : guarded()) {
                int status = call(http.as(TestKeys.of(endpoint.access().role())), endpoint)
                        .status();
                softly.assertThat(status)
                        .as(endpoint.toString())
                        .isNotIn(401, 403)
                        .isLessThan(500);
            }
        } finally {
            // The walk paused every bucket's intake (POST api/kanban/intake/pause without a bucket)
            http.post("api/kanban/intake/resume", "application/json", "");
        }
        softly.assertAll();
    }

    @Test
    void probesAndTheScrapeStayOpen() {
        Http anonymous = http.anonymous();
        assertThat(anonymous.get("api/ping").status()).isEqualTo(200);
        assertThat(anonymous.get("api/stream", "text/event-stream").status()).isEqualTo(401);
        assertThat(anonymous.get("/health/live").status()).isEqualTo(200);
        assertThat(anonymous.get("/health/ready").status()).isEqualTo(200);
        assertThat(anonymous.get("api/metrics/prometheus", "text/plain").status())
                .isEqualTo(200);
        assertThat(anonymous.get("api/metrics/custom/prometheus", "text/plain").status())
                .isEqualTo(200);
    }

    private static List<Endpoint> guarded() {
        return ENDPOINTS.stream()
                .filter(e -> !e.access().open() && !e.access().scrape())
                .filter(e -> !e.template().equals("api/stream")) // a stream answers 200 and stays open: EventStreamIT
                .toList();
    }

    /** One request to the endpoint: id-like parameters 0, an empty JSON object as the body where one is read. */
    private static Http.Reply call(Http client, Endpoint endpoint) {
        String path = endpoint.path("0");
        if (!endpoint.writes()) {
            return client.get(path);
        }
        if (endpoint.verb().equals("POST") && endpoint.takesBody()) {
            return client.post(path, endpoint.consumesJson() ? "application/json" : "text/plain", "{}");
        }
        return client.send(endpoint.verb(), path);
    }
}
