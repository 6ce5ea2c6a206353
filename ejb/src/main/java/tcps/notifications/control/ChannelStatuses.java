package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.DeliveryStatus;
import tcps.notifications.entity.NotificationStore;

/** Every channel's state, read from its deliveries. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class ChannelStatuses {

    @Inject
    Channels channels;

    @Inject
    Routes routes;

    @Inject
    Groupings groupings;

    @Inject
    NotificationStore store;

    public List<ChannelStatus> all() {
        return channels.all().stream().map(this::of).toList();
    }

    public ChannelStatus of(String name) {
        return of(channels.named(name));
    }

    private ChannelStatus of(Notifier channel) {
        String name = channel.name();
        Delivery sent = store.lastFinished(name, DeliveryStatus.SENT);
        Delivery failed = store.lastFinished(name, DeliveryStatus.FAILED);
        Delivery lastFailedAttempt = store.lastFailedAttempt(name);
        boolean healthy = failed == null || sent != null && sent.getUpdatedAt().isAfter(failed.getUpdatedAt());
        return new ChannelStatus(
                name,
                channel.enabled(),
                routes.named().contains(name),
                healthy,
                sent == null ? null : sent.getSentAt(),
                lastFailedAttempt == null ? null : lastFailedAttempt.getAttemptedAt(),
                lastFailedAttempt == null ? null : lastFailedAttempt.getLastError(),
                store.pending(name),
                channel.settings(),
                ChannelStatus.GroupingView.of(groupings.of(channel)));
    }
}
