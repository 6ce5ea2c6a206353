package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.control.AlertFacts;
import tcps.notifications.control.ServiceNowTable.Incident;

/**
 * Files each alert as a ServiceNow incident through the Table API: opened when it fires, set In Progress when it is
 * acknowledged, resolved with it. The incident carries the alert's key as {@code correlation_id}, and every step finds
 * the active incident by it first, so a retry after a lost answer never opens a second incident.
 */
@ApplicationScoped
public class ServiceNowNotifier implements Notifier {

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.username")
    Optional<String> username;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.assignment-group")
    Optional<String> assignmentGroup;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.caller")
    Optional<String> caller;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.category", defaultValue = "software")
    String category;

    @Inject
    @ConfigProperty(name = "tcps.notifications.servicenow.close-code", defaultValue = "Resolved by caller")
    String closeCode;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "servicenow";
    }

    @Override
    public boolean enabled() {
        return set(url) && set(username) && set(password);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", url.orElse(""));
        settings.put("username", username.orElse(""));
        settings.put("password", Secrets.mask(password.orElse(null)));
        settings.put("assignment-group", assignmentGroup.orElse(""));
        settings.put("caller", caller.orElse(""));
        settings.put("category", category);
        settings.put("close-code", closeCode);
        return settings;
    }

    /**
     * Every alert its own incident, opened at once. An alert still firing adds a work note once a day, so the
     * incident's history shows it is not over; an incident closed by hand while the alert still fires is opened
     * again then.
     */
    @Override
    public Grouping defaultGrouping() {
        return Grouping.eachAlert(Duration.ofHours(24));
    }

    /**
     * Handles the notices in order and answers the incidents' numbers. 400, 401 and 403 are not retried; 429 and 5xx
     * are. An acknowledgement or a resolve with no active incident has nothing to update and is skipped.
     */
    @Override
    public String send(Notification notification) throws DeliveryFailure {
        if (!enabled()) {
            throw DeliveryFailure.permanent("tcps.notifications.servicenow.url, .username and .password must be set");
        }
        ServiceNowTable incidents = new ServiceNowTable(http, url.get(), username.get(), password.get());
        Set<String> references = new LinkedHashSet<>();
        for (Notice notice : notification.notices()) {
            Incident incident = handle(incidents, notice, notification);
            if (incident != null) {
                references.add(incident.reference());
            }
        }
        return references.isEmpty() ? null : String.join(" ", references);
    }

    private Incident handle(ServiceNowTable incidents, Notice notice, Notification notification)
            throws DeliveryFailure {
        AlertFacts alert = notice.alert();
        ServiceNowIncidents.Filing filing = filing();
        switch (notice.kind()) {
            case Notice.FIRED, Notice.REPEAT -> {
                Incident open = incidents.find(TicketText.key(alert));
                if (open == null) {
                    return incidents.create(ServiceNowIncidents.create(alert, notification.links(), filing));
                }
                // A fired notice that finds its incident is a retry of a create that went through: nothing to add.
                if (Notice.REPEAT.equals(notice.kind())) {
                    incidents.update(open, ServiceNowIncidents.stillFiring(alert));
                }
                return open;
            }
            case Notice.ACKNOWLEDGED -> {
                Incident open = incidents.find(TicketText.key(alert));
                // A resolved incident stays active until it is closed; acknowledging must not reopen it.
                if (open != null && !open.resolved()) {
                    incidents.update(open, ServiceNowIncidents.acknowledge(alert));
                }
                return open;
            }
            case Notice.RESOLVED -> {
                Incident open = incidents.find(TicketText.key(alert));
                // Already resolved: a retry after the resolve went through, no second work note.
                if (open != null && !open.resolved()) {
                    incidents.update(open, ServiceNowIncidents.resolve(alert, filing));
                }
                return open;
            }
            case Notice.TEST -> {
                Incident test = incidents.find(TicketText.testKey(notification));
                if (test == null) {
                    test = incidents.create(ServiceNowIncidents.createTest(notification, filing));
                }
                if (!test.resolved()) {
                    incidents.update(test, ServiceNowIncidents.resolveTest(filing));
                }
                return test;
            }
            default -> throw DeliveryFailure.permanent("no ServiceNow update for a " + notice.kind() + " notice");
        }
    }

    private ServiceNowIncidents.Filing filing() {
        return new ServiceNowIncidents.Filing(assignmentGroup.orElse(null), caller.orElse(null), category, closeCode);
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
