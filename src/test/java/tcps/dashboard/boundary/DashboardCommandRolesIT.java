package tcps.dashboard.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
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
import tcps.TestKeys;
import tcps.security.entity.Role;

/**
 * Every WebSocket command without credentials, as a viewer and as an operator: one error reply with the 401 or 403
 * problem where the role is missing, nothing stored, and the connection still serving afterwards.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardCommandRolesIT {

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @Test
    void anAnonymousConnectionIsAskedToAuthenticateForEveryCommandAndStaysOpen() throws Exception {
        Map<String, Long> before = LineTables.counts();
        try (DashboardSocket socket = DashboardSocket.open(deployment, null)) {
            for (String type : DashboardCommands.TYPES) {
                JsonObject problem = socket.error(command(type));

                assertThat(problem.getInt("status")).as(type).isEqualTo(401);
                assertThat(problem.getString("detail")).as(type).contains("Authorization");
            }
            assertThat(socket.received()).hasSize(DashboardCommands.TYPES.size());
        }
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void aViewerReadsAndIsRefusedEveryWriteWithTheConnectionStillServing() throws Exception {
        Map<String, Long> before = LineTables.counts();
        try (DashboardSocket socket = DashboardSocket.open(deployment, TestKeys.viewer())) {
            for (String type : DashboardCommands.TYPES) {
                JsonObject reply = socket.request(command(type));
                if (DashboardCommands.NEEDS.containsKey(type)) {
                    assertThat(reply.getString("type")).as(type).isEqualTo("error");
                    assertThat(reply.getJsonObject("error").getInt("status"))
                            .as(type)
                            .isEqualTo(403);
                    assertThat(reply.getJsonObject("error").getString("detail"))
                            .as(type)
                            .contains("operator role", "it-viewer");
                } else if (reply.getString("type").equals("error")) {
                    // A reading command may still find the (empty) data wanting: but not the role.
                    assertThat(reply.getJsonObject("error").getInt("status"))
                            .as(type)
                            .isNotIn(401, 403);
                }
            }
            socket.assertAnswersPing();
        }
        assertThat(LineTables.counts()).isEqualTo(before);
    }

    @Test
    void anOperatorActsOnTheLine() throws Exception {
        try (DashboardSocket socket = DashboardSocket.open(deployment, TestKeys.operator())) {
            JsonObject created = socket.request(Json.createObjectBuilder()
                    .add("type", "create_work_order")
                    .add(
                            "data",
                            Json.createObjectBuilder()
                                    .add("description", "created over the WebSocket by an operator")
                                    .add("priority", "low")
                                    .add("bucket", "reliability"))
                    .build());

            assertThat(created.getString("type")).as(created.toString()).isEqualTo("work_order_created");
            assertThat(DashboardCommands.NEEDS).containsEntry("create_work_order", Role.OPERATOR);
        }
    }

    /** A command with data that passes no validation: only access control may refuse it before validation does. */
    private static JsonObject command(String type) {
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder())
                .build();
    }
}
