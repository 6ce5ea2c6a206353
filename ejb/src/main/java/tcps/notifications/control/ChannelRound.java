package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import tcps.storage.entity.Timestamps;

/**
 * One round of a channel: bundle what waits into deliveries, send them, then send the deliveries due for another
 * attempt (or left behind by an instance that stopped mid-send) once this instance has claimed them. Answers when the
 * channel needs its next round, or null.
 */
@ApplicationScoped
public class ChannelRound {

    private static final int RETRIES_PER_ROUND = 100;
    private static final Duration RECHECK = Duration.ofSeconds(1);

    @Inject
    Bundler bundler;

    @Inject
    Assembler assembler;

    @Inject
    DeliveryRecorder recorder;

    @Inject
    Groupings groupings;

    public Instant run(Notifier channel, String owner, Duration claim) {
        Grouping grouping = groupings.of(channel);
        Bundler.Bundle bundle = bundler.bundle(channel.name(), grouping, owner, claim, Timestamps.now());
        bundle.deliveries().forEach(id -> send(channel, grouping, id));
        Instant now = Timestamps.now();
        for (long id : recorder.due(channel.name(), now, RETRIES_PER_ROUND)) {
            if (recorder.claim(id, owner, now.plus(claim), now)) {
                send(channel, grouping, id);
            }
        }
        Instant retry = recorder.nextAttempt(channel.name());
        if (retry != null && !retry.isAfter(now)) {
            // Due but claimed by another instance (or one that stopped): look again once its claim may have run out
            retry = now.plus(RECHECK);
        }
        return earliest(bundle.nextDue(), retry);
    }

    private void send(Notifier channel, Grouping grouping, long deliveryId) {
        Notification notification = assembler.notification(deliveryId, grouping, Timestamps.now());
        try {
            if (!channel.enabled()) {
                throw DeliveryFailure.transientFailure("the channel is not configured");
            }
            String reference = channel.send(notification);
            recorder.sent(deliveryId, reference, Timestamps.now());
        } catch (DeliveryFailure failure) {
            recorder.failed(deliveryId, failure, Timestamps.now());
        } catch (RuntimeException e) {
            recorder.failed(deliveryId, DeliveryFailure.transientFailure(e.toString()), Timestamps.now());
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }
}
