package tcps.alerting.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Why an alert is not to be notified now: a silence that matches it, or a raised alert that inhibits it. The engine
 * marks alerts with it after every evaluation; notifications ask again at the moment they would send, so a silence
 * created while a message waits for its group still keeps it back.
 */
@ApplicationScoped
public class Muting {

    private static final Logger LOG = Logger.getLogger(Muting.class.getName());

    @Inject
    Silences silences;

    @Inject
    AlertEngine engine;

    @Inject
    @ConfigProperty(name = "tcps.alerting.inhibit-rules", defaultValue = Inhibition.DEFAULT)
    String inhibitRules;

    private List<Inhibition> inhibitions;

    @PostConstruct
    void start() {
        try {
            inhibitions = Inhibition.parse(inhibitRules);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "tcps.alerting.inhibit-rules is not valid JSON; the default inhibition applies", e);
            inhibitions = Inhibition.parse(Inhibition.DEFAULT);
        }
    }

    public String silencedBy(AlertFacts alert, Instant now) {
        return silences.mutedBy(alert.labels(), now);
    }

    /** The raised alert among {@code raised} that inhibits this one, or null; only a raised alert is inhibited. */
    public Long inhibitedBy(AlertFacts alert, List<AlertFacts> raised) {
        return alert.raised() ? Inhibition.inhibitor(alert, raised, inhibitions) : null;
    }

    /** Why the alert is muted now ({@code silence <id>}, {@code inhibited by alert <id>}), or null. */
    public String reason(AlertFacts alert, Instant now) {
        String silence = silencedBy(alert, now);
        if (silence != null) {
            return "silence " + silence;
        }
        List<AlertFacts> raised =
                engine.active().stream().filter(AlertFacts::raised).toList();
        Long inhibitor = inhibitedBy(alert, raised);
        return inhibitor == null ? null : "inhibited by alert " + inhibitor;
    }
}
