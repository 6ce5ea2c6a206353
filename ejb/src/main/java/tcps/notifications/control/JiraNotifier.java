package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.control.AlertFacts;

/**
 * Files each alert as a Jira Cloud issue: created when it fires, commented on when it is acknowledged, commented on
 * and moved to Done when it resolves. The issue carries the alert's key as a label, and every step first searches for
 * the open issue with that label, so a retry after a lost answer does not create a second issue.
 */
@ApplicationScoped
public class JiraNotifier implements Notifier {

    private static final Logger LOG = Logger.getLogger(JiraNotifier.class.getName());

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.email")
    Optional<String> email;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.api-token")
    Optional<String> apiToken;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.project")
    Optional<String> project;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.issue-type", defaultValue = "Task")
    String issueType;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.resolve-transition", defaultValue = "Done")
    String resolveTransition;

    @Inject
    @ConfigProperty(name = "tcps.notifications.jira.labels", defaultValue = "tcps-alert")
    String labels;

    @Inject
    HttpDelivery http;

    @Override
    public String name() {
        return "jira";
    }

    @Override
    public boolean enabled() {
        return set(url) && set(email) && set(apiToken) && set(project);
    }

    @Override
    public Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("url", url.orElse(""));
        settings.put("email", email.orElse(""));
        settings.put("api-token", Secrets.mask(apiToken.orElse(null)));
        settings.put("project", project.orElse(""));
        settings.put("issue-type", issueType);
        settings.put("resolve-transition", resolveTransition);
        settings.put("labels", labels);
        return settings;
    }

    /**
     * Every alert its own issue, created at once. An alert still firing adds a comment once a day, so the issue shows
     * it is not over; an issue moved to Done by hand while the alert still fires is created again then.
     */
    @Override
    public Grouping defaultGrouping() {
        return Grouping.eachAlert(Duration.ofHours(24));
    }

    /**
     * Handles the notices in order and answers the issues' keys. 400, 401, 403 and 404 are not retried; 429 (after its
     * {@code Retry-After}) and 5xx are. An acknowledgement or a resolve with no open issue has nothing to update. Jira's
     * search catches up with a new issue within seconds, so a retry, which waits longer, finds it; a comment that went
     * through before a retry may appear twice, since Jira has no key to tell them apart.
     */
    @Override
    public String send(Notification notification) throws DeliveryFailure {
        if (!enabled()) {
            throw DeliveryFailure.permanent("tcps.notifications.jira.url, .email, .api-token and .project must be set");
        }
        JiraRest jira = new JiraRest(http, url.get(), email.get(), apiToken.get());
        Set<String> keys = new LinkedHashSet<>();
        for (Notice notice : notification.notices()) {
            String key = handle(jira, notice, notification);
            if (key != null) {
                keys.add(key);
            }
        }
        return keys.isEmpty() ? null : String.join(" ", keys);
    }

    private String handle(JiraRest jira, Notice notice, Notification notification) throws DeliveryFailure {
        AlertFacts alert = notice.alert();
        JiraIssues.Filing filing = filing();
        switch (notice.kind()) {
            case Notice.FIRED, Notice.REPEAT -> {
                String key = find(jira, TicketText.key(alert));
                if (key == null) {
                    return jira.create(JiraIssues.create(alert, notification.links(), filing));
                }
                // A fired notice that finds its issue is a retry of a create that went through: nothing to add.
                if (Notice.REPEAT.equals(notice.kind())) {
                    jira.comment(key, JiraIssues.comment(TicketText.stillFiring(alert)));
                }
                return key;
            }
            case Notice.ACKNOWLEDGED -> {
                String key = find(jira, TicketText.key(alert));
                if (key != null) {
                    jira.comment(key, JiraIssues.comment(TicketText.acknowledged(alert)));
                }
                return key;
            }
            case Notice.RESOLVED -> {
                String key = find(jira, TicketText.key(alert));
                if (key != null) {
                    jira.comment(key, JiraIssues.comment(TicketText.resolved(alert)));
                    resolve(jira, key);
                }
                return key;
            }
            case Notice.TEST -> {
                String key = find(jira, TicketText.testKey(notification));
                if (key == null) {
                    key = jira.create(JiraIssues.createTest(notification, filing));
                }
                resolve(jira, key);
                return key;
            }
            default -> throw DeliveryFailure.permanent("no Jira update for a " + notice.kind() + " notice");
        }
    }

    private String find(JiraRest jira, String label) throws DeliveryFailure {
        return jira.find(JiraIssues.openIssue(project.get().trim(), label));
    }

    /** Moves the issue to Done; a workflow that offers no way there leaves it open with its comment. */
    private void resolve(JiraRest jira, String key) throws DeliveryFailure {
        String transition = JiraIssues.resolving(jira.transitions(key), resolveTransition);
        if (transition == null) {
            LOG.info(() -> "Jira issue " + key + " stays open: its workflow offers no transition named '"
                    + resolveTransition + "' nor one to a Done status");
            return;
        }
        jira.transition(key, transition);
    }

    private JiraIssues.Filing filing() {
        List<String> configured = Arrays.stream(labels.split(","))
                .map(String::trim)
                .filter(label -> !label.isEmpty())
                .toList();
        return new JiraIssues.Filing(project.get().trim(), issueType.trim(), configured);
    }

    private static boolean set(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }
}
