package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.LineClient;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/** Who resolved the Andon, who paused intake, who was refused: the audit names them, and only an admin reads it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    private static final String JSON = "application/json";

    @ArquillianResource
    URL deployment;

    private Http http;
    private LineClient line;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() {
        http = new Http(deployment);
        line = new LineClient(deployment);
    }

    @Test
    void theAuditNamesWhoResolvedTheAndonAndWhoPausedIntake() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        long andon = line.triggerAndon(LineClient.uniqueSku(), "test_failure");
        Http operator = http.as(TestKeys.operator());
        assertThat(operator.post("api/andon/" + andon + "/resolve", JSON, LineClient.resolution())
                        .status())
                .isEqualTo(200);
        assertThat(operator.post("api/kanban/intake/pause?bucket=it-queue", JSON, "")
                        .status())
                .isLessThan(300);
        operator.post("api/kanban/intake/resume?bucket=it-queue", JSON, "");

        JsonObject resolved = awaitEntry("actor=it-operator&target=" + path("api/andon/" + andon + "/resolve"), from);
        JsonObject paused = awaitEntry("actor=it-operator&target=" + path("api/kanban/intake/pause"), from);

        assertThat(resolved.getString("action")).isEqualTo("POST");
        assertThat(resolved.getInt("status")).isEqualTo(200);
        assertThat(resolved.getString("via")).isEqualTo("key");
        assertThat(paused.getString("target")).endsWith("/api/kanban/intake/pause");
    }

    @Test
    void refusedWritesAreAuditedTooAndFilteredByStatusClass() throws Exception {
        Instant from = Instant.now().minusSeconds(1);
        assertThat(http.as(TestKeys.viewer())
                        .post("api/kaizen/proposals", JSON, "{}")
                        .status())
                .isEqualTo(403);

        JsonObject refused = awaitEntry("actor=it-viewer&status=4xx", from);

        assertThat(refused.getInt("status")).isEqualTo(403);
        assertThat(refused.getString("target")).endsWith("/api/kaizen/proposals");
    }

    @Test
    void onlyAnAdminReadsTheAuditAndBadFiltersAreRefused() {
        assertThat(http.as(TestKeys.operator()).get("api/audit").status()).isEqualTo(403);
        assertThat(http.get("api/audit?status=6xx").status()).isEqualTo(400);
        assertThat(http.get("api/audit?from=yesterday").status()).isEqualTo(400);
        JsonObject page = http.get("api/audit?limit=2").json();
        assertThat(page.getJsonArray("items").size()).isLessThanOrEqualTo(2);
        assertThat(page.getInt("limit")).isEqualTo(2);
    }

    /** The newest entry matching {@code query} since {@code from}: entries are written just after the answer. */
    private JsonObject awaitEntry(String query, Instant from) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            List<JsonObject> items = http.get("api/audit?" + query + "&from=" + from)
                    .json()
                    .getJsonArray("items")
                    .getValuesAs(JsonObject.class);
            if (!items.isEmpty()) {
                return items.get(0);
            }
            assertThat(Instant.now()).as("an audit entry for " + query).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private String path(String relative) {
        return http.uri(relative).getRawPath();
    }
}
