package tcps.security.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.Http;
import tcps.OwnServer;

/**
 * Rate limits on a server of the test's own with low limits: a caller past its writes a minute gets 429 with
 * Retry-After and nothing is done; event ingestion keeps its own back-pressure; an address sending invalid keys is
 * refused before its keys are checked.
 */
class RateLimitsIT {

    private static final String JSON = "application/json";
    private static OwnServer server;
    private static Http admin;

    @BeforeAll
    static void start() throws Exception {
        server = OwnServer.start(
                "rate-limits",
                List.of(
                        "-Dtcps.security.rate-limit.writes-per-minute=5",
                        "-Dtcps.security.rate-limit.failed-logins-per-minute=3"),
                List.of());
        admin = server.admin();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void writesPastTheLimitAre429WithRetryAfterAndDoNothing() {
        Http operator = admin.as(key("pipeline", "operator"));
        for (int i = 0; i < 5; i++) {
            assertThat(operator.post("api/kaizen/proposals", JSON, proposal(i)).status())
                    .isEqualTo(201);
        }

        Http.Reply limited = operator.post("api/kaizen/proposals", JSON, proposal(99));

        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.contentType()).startsWith("application/problem+json");
        assertThat(limited.body()).contains("pipeline may make 5 writes a minute", "retry in");
        assertThat(operator.get("api/kaizen/proposals?limit=500").body()).doesNotContain("proposal 99");
        assertThat(operator.get("api/kaizen/proposals?limit=1").status())
                .as("reads are not limited")
                .isEqualTo(200);
    }

    @Test
    void eventIngestionIsNotRateLimited() {
        Http ingest = admin.as(key("ingester", "operator"));
        for (int i = 0; i < 12; i++) {
            Http.Reply reply = ingest.post(
                    "api/events",
                    JSON,
                    "{\"type\":\"kaizen.proposal\",\"title\":\"event " + i
                            + "\",\"wasteType\":\"waiting\",\"description\":\"paced by ingestion\"}");
            assertThat(reply.status()).as(reply.body()).isLessThan(300);
        }
    }

    @Test
    void anAddressSendingInvalidKeysIsRefusedBeforeTheyAreChecked() {
        Http guesser = admin.as("tcps_guess");
        for (int i = 0; i < 3; i++) {
            assertThat(guesser.get("api/ping").status()).isEqualTo(401);
        }

        Http.Reply refused = guesser.get("api/ping");

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("too many invalid keys or tokens");
    }

    /** A key made by the admin (whose own writes count too: one per key). */
    private static String key(String name, String role) {
        Http.Reply created = admin.post("api/keys", JSON, "{\"name\":\"" + name + "\",\"role\":\"" + role + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().getString("key");
    }

    private static String proposal(int i) {
        return "{\"title\":\"proposal " + i + "\",\"wasteType\":\"waiting\",\"description\":\"limits\"}";
    }
}
