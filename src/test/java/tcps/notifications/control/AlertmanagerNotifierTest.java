package tcps.notifications.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Alerts pushed to Alertmanager's API v2 as postable alerts, field by field (a real one: AlertmanagerChannelIT). */
class AlertmanagerNotifierTest {

    private Receiver service;
    private AlertmanagerNotifier alertmanager;

    @BeforeEach
    void setUp() throws Exception {
        service = new Receiver();
        alertmanager = new AlertmanagerNotifier();
        alertmanager.url = Optional.of(service.url("/am/"));
        alertmanager.token = Optional.empty();
        alertmanager.username = Optional.empty();
        alertmanager.password = Optional.empty();
        alertmanager.http = new HttpDelivery();
        alertmanager.http.timeoutMs = 2000;
    }

    @AfterEach
    void tearDown() {
        service.close();
    }

    @Test
    void firingAcknowledgedAndResolvedAlertsArePostableAlerts() throws Exception {
        alertmanager.send(Samples.notification(
                "alertmanager",
                new Notice(Notice.FIRED, Samples.firing(1)),
                new Notice(Notice.ACKNOWLEDGED, Samples.acknowledged(2)),
                new Notice(Notice.RESOLVED, Samples.resolved(3))));
        Receiver.Request request = service.last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/am/api/v2/alerts");
        JsonArray alerts = array(request.body());
        assertThat(alerts).hasSize(3);
        JsonObject firing = alerts.getJsonObject(0);
        assertThat(firing.keySet()).containsExactlyInAnyOrder("labels", "annotations", "startsAt", "generatorURL");
        assertThat(firing.getJsonObject("labels").getString("alertname")).isEqualTo("WIP Limit Exceeded");
        assertThat(firing.getString("startsAt")).isEqualTo(Samples.FIRED.toString());
        assertThat(firing.getString("generatorURL")).isEqualTo("https://tcps.example.com/api/alerts/1");
        JsonObject acknowledged = alerts.getJsonObject(1).getJsonObject("annotations");
        assertThat(acknowledged.getString("acknowledged_by")).isEqualTo("ops@example.com");
        assertThat(acknowledged.getString("acknowledge_comment")).isEqualTo("looking into it");
        assertThat(alerts.getJsonObject(1).containsKey("endsAt"))
                .as("still firing there")
                .isFalse();
        assertThat(alerts.getJsonObject(2).getString("endsAt")).isEqualTo(Samples.RESOLVED.toString());
    }

    @Test
    void aTokenOrAUserAuthorizesAndNeitherShows() throws Exception {
        Notification notification = Samples.notification("alertmanager", new Notice(Notice.FIRED, Samples.firing(1)));
        alertmanager.token = Optional.of("am-token");
        alertmanager.send(notification);
        assertThat(service.last().header("Authorization")).isEqualTo("Bearer am-token");
        alertmanager.token = Optional.empty();
        alertmanager.username = Optional.of("tcps");
        alertmanager.password = Optional.of("pw");
        alertmanager.send(notification);
        assertThat(service.last().header("Authorization"))
                .isEqualTo("Basic " + Base64.getEncoder().encodeToString("tcps:pw".getBytes()));
        assertThat(alertmanager.settings().toString()).doesNotContain("pw").doesNotContain("am-token");
    }

    @Test
    void aTestAlertEndsAtOnceAndInvalidAlertsAreNotRetried() throws Exception {
        alertmanager.send(Samples.notification("alertmanager", new Notice(Notice.TEST, Samples.firing(1))));
        assertThat(array(service.last().body()).getJsonObject(0).containsKey("endsAt"))
                .isTrue();
        service.then(new Receiver.Answer(400, "{\"message\":\"invalid\"}", Map.of()));
        assertThatThrownBy(() -> alertmanager.send(
                        Samples.notification("alertmanager", new Notice(Notice.FIRED, Samples.firing(1)))))
                .isInstanceOfSatisfying(
                        DeliveryFailure.class, f -> assertThat(f.retryable()).isFalse());
        alertmanager.url = Optional.empty();
        assertThat(alertmanager.enabled()).isFalse();
    }

    private static JsonArray array(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readArray();
        }
    }
}
