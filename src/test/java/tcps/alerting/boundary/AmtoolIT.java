package tcps.alerting.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static tcps.alerting.boundary.AlertRulesClient.inState;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tcps.Http;
import tcps.TcpsDeployment;
import tcps.TestKeys;

/**
 * Alertmanager's own client, {@code amtool} (Debian's prometheus-alertmanager, installed by .ci/run), lists the
 * product's alerts and creates and expires a silence against it, signed in with an operator key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AmtoolIT {

    private static final String AMTOOL = System.getProperty("tcps.amtool", "/usr/bin/amtool");

    @ArquillianResource
    URL deployment;

    private Http http;
    private AlertRulesClient alerts;
    private String rule;
    private Path httpConfig;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TcpsDeployment.create();
    }

    @BeforeEach
    void connect() throws IOException {
        http = new Http(deployment);
        alerts = new AlertRulesClient(http);
        alerts.clearSimulations();
        rule = AlertRulesClient.uniqueId("amtool");
        alerts.onSimulation(rule, "warning", "tpm", 0, 0);
        httpConfig = Files.createTempFile("amtool-http", ".yml");
        Files.writeString(httpConfig, "authorization:\n  type: Bearer\n  credentials: " + TestKeys.operator() + "\n");
    }

    @AfterEach
    void cleanUp() throws IOException {
        alerts.clearSimulations();
        alerts.delete(rule);
        Files.deleteIfExists(httpConfig);
    }

    @Test
    void amtoolListsAlertsAndCreatesAndExpiresASilence() throws Exception {
        alerts.simulate();
        alerts.awaitAlert(rule, inState("firing"));

        String listed = amtool("-o", "json", "alert", "query", "rule=" + rule);
        assertThat(listed).contains("\"alertname\":\"" + rule + "\"").contains("\"state\":\"active\"");

        String silence = amtool("silence", "add", "rule=" + rule, "--comment=amtool test", "--duration=1h")
                .strip();
        assertThat(silence).matches("[0-9a-f-]{36}");
        assertThat(amtool("silence", "query", "-q")).contains(silence);
        alerts.awaitAlert(rule, a -> silence.equals(a.getString("silencedBy", null)));
        assertThat(amtool("-o", "json", "alert", "query", "rule=" + rule)).isEqualTo("[]");
        assertThat(amtool("-o", "json", "alert", "query", "--silenced", "rule=" + rule))
                .contains("suppressed");

        amtool("silence", "expire", silence);
        assertThat(http.get("api/silences/" + silence).json().getString("state"))
                .isEqualTo("expired");
        alerts.awaitAlert(rule, a -> !a.containsKey("silencedBy"));
        assertThat(amtool("-o", "json", "alert", "query", "rule=" + rule)).contains(rule);
    }

    private String amtool(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(AMTOOL, "--alertmanager.url=" + deployment, "--http.config.file=" + httpConfig));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue())
                .as("amtool " + String.join(" ", arguments) + " printed " + out)
                .isZero();
        return out.strip();
    }
}
