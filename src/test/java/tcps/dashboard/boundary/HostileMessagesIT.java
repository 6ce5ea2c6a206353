package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.LineTables;
import tcps.TcpsDeployment;

/** Messages with text the product cannot keep: one error reply each, nothing done, the connection still serving. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileMessagesIT {

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void nulAndUnpairedSurrogatesAreRefusedOnceAndNothingIsCreated() throws Exception {
        Map<String, Long> before = LineTables.counts();
        try (DashboardSocket socket = DashboardSocket.open(deployment)) {
            for (String bad : new String[] {"\\u0000", "\\ud800", "\\udfff x"}) {
                String message = "{\"type\":\"create_work_order\",\"request_id\":\"bad-" + bad.length()
                        + "\",\"data\":{\"description\":\"a" + bad + "\",\"priority\":\"low\",\"bucket\":\"cost\"}}";
                JsonObject reply = socket.sendRawAndAwait(message, m -> true, "a reply to " + message);

                assertThat(reply.getString("type")).isEqualTo("error");
                assertThat(reply.getJsonObject("error").toString()).contains("data.description");
            }
            JsonObject anonymous = socket.sendRawAndAwait(
                    "{\"type\":\"ping\",\"request_id\":\"\\ud800\"}", m -> true, "a reply to a bad request id");
            assertThat(anonymous.getString("type")).isEqualTo("error");
            assertThat(anonymous.containsKey("request_id")).isFalse();
            Thread.sleep(500);
            assertThat(socket.received()).hasSize(4);
            socket.assertAnswersPing();
        }
        assertThat(LineTables.counts()).isEqualTo(before);
    }
}
