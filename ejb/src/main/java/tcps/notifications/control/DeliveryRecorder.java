package tcps.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.NotificationStore;

/** Claims a delivery for this instance and records each attempt's outcome, each in a transaction of its own. */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class DeliveryRecorder {

    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class.getName());

    @Inject
    NotificationStore store;

    @Inject
    NotificationCounts counts;

    @Inject
    @ConfigProperty(name = "tcps.notifications.retry-initial-ms", defaultValue = "1000")
    long retryInitialMs;

    @Inject
    @ConfigProperty(name = "tcps.notifications.retry-max-ms", defaultValue = "300000")
    long retryMaxMs;

    @Inject
    @ConfigProperty(name = "tcps.notifications.max-attempts", defaultValue = "10")
    int maxAttempts;

    private Backoff backoff;

    @PostConstruct
    void start() {
        backoff = new Backoff(Duration.ofMillis(retryInitialMs), Duration.ofMillis(retryMaxMs), maxAttempts);
    }

    /** The channel's deliveries due for an attempt (read in a transaction: the channel's thread has none). */
    public java.util.List<Long> due(String channel, Instant now, int limit) {
        return store.due(channel, now, limit);
    }

    /** The firing news of these alerts on the channel, newest first (what the repeat interval is measured from). */
    public java.util.List<tcps.notifications.entity.OutboxEntry> firingNews(
            String channel, java.util.Collection<Long> alertIds) {
        return store.firingNews(channel, alertIds);
    }

    public Instant nextAttempt(String channel) {
        return store.nextAttempt(channel);
    }

    public boolean claim(long deliveryId, String owner, Instant until, Instant now) {
        return store.claim(deliveryId, owner, until, now);
    }

    public void sent(long deliveryId, String reference, Instant now) {
        Delivery delivery = store.find(deliveryId);
        delivery.sent(reference, now);
        counts.sent(delivery.getChannel());
    }

    /** Answers whether the delivery will be tried again. */
    public boolean failed(long deliveryId, DeliveryFailure failure, Instant now) {
        Delivery delivery = store.find(deliveryId);
        Instant next = backoff.next(delivery.getAttempts() + 1, failure, now);
        delivery.attemptFailed(failure.getMessage(), next, now);
        counts.attemptFailed(delivery.getChannel(), next == null);
        if (next == null) {
            LOG.warning("Notification delivery " + deliveryId + " to " + delivery.getChannel() + " failed after "
                    + delivery.getAttempts() + " attempt(s): " + failure.getMessage());
        }
        return next != null;
    }

    /** Removes finished deliveries (and their outbox entries) last touched before {@code cutoff}. */
    public int purge(Instant cutoff) {
        return store.purgeBefore(cutoff);
    }
}
