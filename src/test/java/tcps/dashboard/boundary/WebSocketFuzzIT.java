package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.LineTables;
import tcps.TcpsDeployment;

/**
 * Generated messages over every WebSocket command, as an admin: each answered exactly once, never with a server
 * error, a refused write changing no row, and the connection serving throughout. {@code -Dtcps.fuzz.ws-cases} sets
 * how many (CI: 150; the full run: 600).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebSocketFuzzIT {

    private static final int CASES = Integer.getInteger("tcps.fuzz.ws-cases", 150);
    private static final long SEED = Long.getLong("tcps.fuzz.seed", System.currentTimeMillis());
    private static final List<String> FIELDS = List.of(
            "description",
            "priority",
            "bucket",
            "sku_id",
            "failure_type",
            "work_order_id",
            "stage",
            "root_cause",
            "fix_applied",
            "prevention_added",
            "resolver",
            "status",
            "limit",
            "offset",
            "severity",
            "details");
    private static final List<String> VALUES = List.of(
            "\"\"",
            "\"a\\u0000b\"",
            "\"\\ud800\"",
            "\"low\"",
            "\"cost\"",
            "\"test_failure\"",
            "\"fuzz\"",
            "\"" + "x".repeat(3_000) + "\"",
            "-1",
            "0",
            "1",
            "9223372036854775807",
            "1e400",
            "1.5",
            "true",
            "null",
            "[]",
            "{}",
            "[".repeat(100) + "]".repeat(100),
            "\"-999999999-01-01T00:00:00Z\"");
    private static final List<String> WHOLE = List.of(
            "not json", "[]", "42", "{}", "{\"type\":42}", "{\"type\":\"\"}", "{\"type\":\"ping\"}{}", "{\"type\":");

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void everyCommandAnswersEachGeneratedMessageOnce() throws Exception {
        Random random = new Random(SEED);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        List<String> findings = new ArrayList<>();
        try (DashboardSocket socket = DashboardSocket.open(deployment)) {
            for (int i = 0; i < CASES; i++) {
                String type =
                        i % 10 == 9 ? "unknown_" + i : DashboardCommands.TYPES.get(i % DashboardCommands.TYPES.size());
                boolean whole = random.nextInt(8) == 0;
                String message = whole ? WHOLE.get(random.nextInt(WHOLE.size())) : message(type, "f" + i, random);
                Map<String, Long> before = DashboardCommands.NEEDS.containsKey(type) ? LineTables.counts() : null;
                JsonObject reply = socket.sendRawAndAwait(message, m -> true, "a reply to #" + i);
                int status = reply.getString("type").equals("error")
                        ? reply.getJsonObject("error").getInt("status")
                        : 200;
                byStatus.merge(status, 1, Integer::sum);
                if (status >= 500) {
                    findings.add("#" + i + " answered " + status + ": " + message);
                }
                if (!whole && !"f".concat(String.valueOf(i)).equals(reply.getString("request_id", null))) {
                    findings.add("#" + i + " reply without its request_id: " + reply);
                }
                if (before != null && status >= 400 && !LineTables.counts().equals(before)) {
                    findings.add("#" + i + " refused but rows changed: " + message);
                }
            }
            Thread.sleep(300);
            assertThat(socket.received()).as("one reply per message").hasSize(CASES);
            socket.assertAnswersPing();
        }
        System.out.println("WebSocket fuzz: " + CASES + " messages, seed " + SEED + ", answers by status " + byStatus
                + ", findings " + findings.size());
        assertThat(findings).isEmpty();
    }

    private static String message(String type, String id, Random random) {
        StringBuilder data = new StringBuilder("{");
        int fields = 1 + random.nextInt(4);
        for (int f = 0; f < fields; f++) {
            data.append(f == 0 ? "" : ",")
                    .append('"')
                    .append(FIELDS.get(random.nextInt(FIELDS.size())))
                    .append("\":")
                    .append(VALUES.get(random.nextInt(VALUES.size())));
        }
        data.append('}');
        String extra =
                switch (random.nextInt(4)) {
                    case 0 -> ",\"channels\":[\"andon\",\"nope\"]";
                    case 1 -> ",\"andon_id\":" + VALUES.get(random.nextInt(VALUES.size()));
                    default -> "";
                };
        return "{\"type\":\"" + type + "\",\"request_id\":\"" + id + "\",\"data\":" + data + extra + "}";
    }
}
