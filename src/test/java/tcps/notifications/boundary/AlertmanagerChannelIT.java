package tcps.notifications.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;
import tcps.notifications.control.Receiver;

/**
 * Teams keep their routing trees: the product pushes its alerts to a real Alertmanager (Debian's), where {@code amtool
 * alert query} shows them and Alertmanager's own route passes them to the team's receiver; a resolve here ends them
 * there.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AlertmanagerChannelIT {

    private static final String BINARY = System.getProperty("tcps.alertmanager", "/usr/bin/prometheus-alertmanager");
    private static final String AMTOOL = System.getProperty("tcps.amtool", "/usr/bin/amtool");
    private static Process alertmanager;
    private static Receiver team;
    private static String url;

    @ArquillianResource
    URL deployment;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeAll
    static void startAlertmanager() throws Exception {
        team = new Receiver(0);
        Path folder = Files.createTempDirectory("alertmanager-it");
        Path config = folder.resolve("alertmanager.yml");
        Files.writeString(
                config,
                "route:\n  receiver: team\n  group_wait: 0s\n  group_interval: 1s\n  group_by: ['...']\n"
                        + "receivers:\n- name: team\n  webhook_configs:\n  - url: " + team.url("/team") + "\n");
        url = "http://127.0.0.1:" + Integer.getInteger("tcps.it.alertmanager-port");
        alertmanager = new ProcessBuilder(
                        BINARY,
                        "--config.file=" + config,
                        "--storage.path=" + folder.resolve("data"),
                        "--web.listen-address=127.0.0.1:" + Integer.getInteger("tcps.it.alertmanager-port"),
                        "--cluster.listen-address=")
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("alertmanager.log").toFile())
                .start();
        Http probe = new Http(new URL(url + "/"), null);
        Deliveries.await(
                () -> {
                    try {
                        return probe.get("-/ready").status();
                    } catch (RuntimeException notYet) {
                        return 0;
                    }
                },
                status -> status == 200,
                "Alertmanager ready");
    }

    @AfterAll
    static void stopAlertmanager() throws Exception {
        alertmanager.destroy();
        alertmanager.waitFor(10, TimeUnit.SECONDS);
        team.close();
    }

    @Test
    void anAlertFiringHereIsInAlertmanagerReachesItsReceiverAndEndsThereWhenResolvedHere() throws Exception {
        Deliveries deliveries = new Deliveries(new Http(deployment), team);
        String rule = "notify-am-" + System.nanoTime();
        JsonObject alert = deliveries.raise(rule, "critical", "it-alertmanager", "am");

        String shown = Deliveries.await(
                () -> amtool("-o", "json", "alert", "query", "alertname=" + rule),
                out -> out.contains(rule),
                "the alert in amtool alert query");
        assertThat(shown).contains("\"severity\":\"critical\"").contains("\"component\":\"it-alertmanager\"");
        deliveries.awaitRequests(
                "/team", rs -> rs.stream().anyMatch(r -> r.body().contains(rule)));

        deliveries.resolve(alert.getJsonNumber("id").longValue());
        Deliveries.await(
                () -> amtool("-o", "json", "alert", "query", "alertname=" + rule),
                out -> out.equals("[]"),
                "the alert gone from amtool alert query");
        deliveries.awaitRequests("/team", rs -> rs.stream()
                .anyMatch(r -> r.body().contains(rule) && r.body().contains("\"status\":\"resolved\"")));
    }

    private static String amtool(String... arguments) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of(AMTOOL, "--alertmanager.url=" + url));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(30, TimeUnit.SECONDS);
            return out.strip();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
