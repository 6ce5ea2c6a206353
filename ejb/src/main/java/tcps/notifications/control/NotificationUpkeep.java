package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.control.AlertEngine;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.control.AlertTick;
import tcps.notifications.entity.OutboxEntry;
import tcps.timers.control.FailureStreak;

/**
 * On every alert tick: wakes every configured channel (resuming deliveries a restart or another instance left
 * behind), repeats alerts still firing once a channel's repeat interval has passed since their last message, and
 * hourly removes notifications older than the alert retention.
 */
@ApplicationScoped
public class NotificationUpkeep {

    private static final Logger LOG = Logger.getLogger(NotificationUpkeep.class.getName());
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    @Inject
    Channels channels;

    @Inject
    Dispatcher dispatcher;

    @Inject
    Outbox outbox;

    @Inject
    Groupings groupings;

    @Inject
    AlertEngine engine;

    @Inject
    DeliveryRecorder recorder;

    @Inject
    @ConfigProperty(name = "tcps.alerting.retention-days", defaultValue = "30")
    int retentionDays;

    private final FailureStreak failures = new FailureStreak(LOG, "The notification upkeep");
    private Instant nextPurge = Instant.MIN;

    void onTick(@Observes AlertTick tick) {
        failures.run(() -> {
            List<AlertFacts> firing = engine.active().stream()
                    .filter(a -> "firing".equals(a.state()))
                    .toList();
            for (Notifier channel : channels.all()) {
                if (channel.enabled()) {
                    repeat(channel, firing, tick.at());
                    dispatcher.wake(channel.name());
                }
            }
            if (!tick.at().isBefore(nextPurge)) {
                nextPurge = tick.at().plus(PURGE_EVERY);
                recorder.purge(tick.at().minus(Duration.ofDays(retentionDays)));
            }
        });
    }

    private void repeat(Notifier channel, List<AlertFacts> firing, Instant now) {
        Duration every = groupings.of(channel).repeatInterval();
        if (every.isZero() || firing.isEmpty()) {
            return;
        }
        Map<Long, AlertFacts> byId = firing.stream().collect(Collectors.toMap(AlertFacts::id, Function.identity()));
        Set<Long> seen = new HashSet<>();
        // Newest first: the first entry of an alert says when it last had news and whether news still waits
        for (OutboxEntry entry : recorder.firingNews(channel.name(), byId.keySet())) {
            if (seen.add(entry.getAlertId())
                    && entry.getDeliveryId() != null
                    && !entry.getCreatedAt().plus(every).isAfter(now)) {
                outbox.repeat(channel, byId.get(entry.getAlertId()), now);
            }
        }
    }
}
