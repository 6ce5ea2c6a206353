package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.control.AlertFacts;

/**
 * Pushes alerts to a real Alertmanager ({@code POST /api/v2/alerts}), so teams that route there keep their routing
 * trees, receivers and silences. A resolved alert is sent with its end; an acknowledged one is still firing there, with
 * who acknowledged it in its annotations.
 */
@ApplicationScoped
public class AlertmanagerNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.alertmanager.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "tcps.notifications.alertmanager.token")
    Optional<String> token;

    @Inject
    @ConfigProperty(name = "tcps.notifications.alertmanager.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tcps.notifications.alertmanager.password")
    Optional<String> password;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "alertmanager";
    }

    @Override
    public boolean enabled() {
        return url.filter(u -> !u.isBlank()).isPresent();
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        String base = url.orElse("");
        settings.put("url", base.contains("@") ? Secrets.maskUrl(base) : base);
        settings.put("token", Secrets.mask(token.orElse(null)));
        settings.put("username", username.orElse(""));
        settings.put("password", Secrets.mask(password.orElse(null)));
        return settings;
    }

    /**
     * Alertmanager groups and routes by itself, so each alert goes alone and at once; and since it ends an alert it has
     * not heard of again within its {@code resolve_timeout} (5 minutes by default), a firing alert is posted again
     * every minute.
     */
    @Override
    public Grouping defaultGrouping() {
        return Grouping.eachAlert(Duration.ofMinutes(1));
    }

    @Override
    public String send(Notification notification) throws DeliveryFailure {
        String base = url.filter(u -> !u.isBlank())
                .orElseThrow(() -> DeliveryFailure.permanent("tcps.notifications.alertmanager.url is not set"))
                .replaceAll("/+$", "");
        JsonArrayBuilder alerts = Json.createArrayBuilder();
        for (Notice notice : notification.notices()) {
            alerts.add(alert(notice, notification));
        }
        HttpRequest.Builder request;
        try {
            request = HttpDelivery.postJson(
                    base + "/api/v2/alerts", alerts.build().toString());
        } catch (IllegalArgumentException e) {
            throw DeliveryFailure.permanent("tcps.notifications.alertmanager.url is not a valid http(s) URL");
        }
        authorization().ifPresent(value -> request.header("Authorization", value));
        http.send(request);
        return null;
    }

    private static JsonObjectBuilder alert(Notice notice, Notification notification) {
        AlertFacts alert = notice.alert();
        JsonObjectBuilder labels = Json.createObjectBuilder();
        alert.labels().forEach(labels::add);
        JsonObjectBuilder annotations = Json.createObjectBuilder();
        alert.annotations().forEach(annotations::add);
        if (alert.acknowledgedBy() != null) {
            annotations.add("acknowledged_by", alert.acknowledgedBy());
            if (alert.acknowledgeComment() != null) {
                annotations.add("acknowledge_comment", alert.acknowledgeComment());
            }
        }
        Instant starts = alert.triggeredAt() != null ? alert.triggeredAt() : alert.startedAt();
        JsonObjectBuilder posted = Json.createObjectBuilder()
                .add("labels", labels)
                .add("annotations", annotations)
                .add("startsAt", starts.toString())
                .add("generatorURL", notification.links().alert(alert.id()));
        if (notice.resolved() || notice.test()) {
            // A test alert ends at once, so it does not linger in the teams' Alertmanager
            Instant ends = alert.resolvedAt() != null ? alert.resolvedAt() : notification.at();
            posted.add("endsAt", ends.toString());
        }
        return posted;
    }

    private Optional<String> authorization() {
        if (token.filter(t -> !t.isBlank()).isPresent()) {
            return Optional.of("Bearer " + token.get());
        }
        if (username.filter(u -> !u.isBlank()).isPresent()) {
            String pair = username.get() + ":" + password.orElse("");
            return Optional.of("Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
        return Optional.empty();
    }
}
