package tcps.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineTables;
import tcps.RestEndpoints;
import tcps.RestEndpoints.Endpoint;
import tcps.TcpsDeployment;

/**
 * Generated requests over every REST endpoint, as an admin: no answer is a server error, every 4xx is a problem
 * document (except what the HTTP layer answers itself: {@link ContainerAnswers}), a refused write changes no row, and
 * the server serves normally afterwards. {@code -Dtcps.fuzz.cases} sets how many (CI: 1,200; the full run: 6,000).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RestFuzzIT {

    private static final int CASES = Integer.getInteger("tcps.fuzz.cases", 1_200);
    private static final long SEED = Long.getLong("tcps.fuzz.seed", System.currentTimeMillis());

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void everyEndpointSurvivesGeneratedRequests() throws Exception {
        Http http = new Http(deployment);
        List<Endpoint> endpoints = RestEndpoints.all().stream()
                .filter(e -> !e.template().equals("api/stream")) // an open stream never ends: EventStreamIT
                .toList();
        RestCases cases = new RestCases(SEED, deployment.getPath());
        RawHttp raw = new RawHttp(deployment.getHost(), deployment.getPort(), http.authorization());
        FuzzReport report = new FuzzReport("REST fuzz", SEED);
        try {
            for (int i = 0; i < CASES; i++) {
                RestCase request = cases.next(i, endpoints.get(i % endpoints.size()));
                Map<String, Long> before = request.writes() ? LineTables.counts() : null;
                RawHttp.Answer answer = raw.send(request);
                report.answered(request.endpoint(), answer.status());
                judge(request, answer, before, report);
            }
        } finally {
            // What the walk may have switched on: every bucket's intake paused, simulated failures
            http.post("api/kanban/intake/resume", "application/json", "");
            http.send("DELETE", "api/simulate");
            System.out.println(report.summary());
        }
        assertThat(report.cases()).isEqualTo(CASES);
        assertThat(report.findings()).as(report.summary()).isEmpty();
        assertThat(http.get("api/ping").status()).isEqualTo(200);
        assertThat(http.post(
                                "api/work-orders",
                                "application/json",
                                "{\"description\":\"after the fuzz\",\"priority\":\"low\",\"bucket\":\"cost\"}")
                        .status())
                .isEqualTo(201);
    }

    private static void judge(RestCase request, RawHttp.Answer answer, Map<String, Long> before, FuzzReport report) {
        if (ContainerAnswers.explains(request, answer)) {
            report.answeredByTheContainer();
            return;
        }
        if (answer.status() < 100 || answer.status() >= 500) {
            report.finding("answered " + answer.status(), request.describe());
        } else if (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
            report.finding("a " + answer.status() + " without a problem document", request.describe());
        }
        if (before != null && answer.status() >= 400 && !LineTables.counts().equals(before)) {
            report.finding("refused with " + answer.status() + " but rows changed", request.describe());
        }
    }
}
