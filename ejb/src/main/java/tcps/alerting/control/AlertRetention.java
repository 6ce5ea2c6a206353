package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.timers.control.FailureStreak;

/**
 * Keeps {@code tcps.alerting.retention-days} (30) of alert history: resolved alerts and their transitions, and ended
 * silences, older than that are deleted at most once an hour, on an alert tick.
 */
@ApplicationScoped
public class AlertRetention {

    private static final Logger LOG = Logger.getLogger(AlertRetention.class.getName());
    private static final Duration EVERY = Duration.ofHours(1);

    @Inject
    AlertHistory alerts;

    @Inject
    Silences silences;

    @Inject
    @ConfigProperty(name = "tcps.alerting.retention-days", defaultValue = "30")
    int retentionDays;

    private final FailureStreak failures = new FailureStreak(LOG, "The alert history purge");
    private Instant nextPurge = Instant.MIN;

    public void onTick(@Observes AlertTick tick) {
        if (tick.at().isBefore(nextPurge)) {
            return;
        }
        nextPurge = tick.at().plus(EVERY);
        failures.run(() -> purge(tick.at()));
    }

    public int purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays));
        return alerts.purgeResolvedBefore(cutoff) + silences.purgeEndedBefore(cutoff);
    }
}
