package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tcps.alerting.control.AlertChanged;
import tcps.alerting.control.AlertFacts;
import tcps.notifications.entity.NotificationStore;
import tcps.notifications.entity.OutboxEntry;
import tcps.storage.entity.Timestamps;

/**
 * Writes what every alert change must tell each channel it is routed to, in the change's own transaction: the change
 * and its notifications commit together or not at all. Once committed, the dispatcher is woken at once.
 */
@ApplicationScoped
public class Outbox {

    @Inject
    NotificationStore store;

    @Inject
    Routes routes;

    @Inject
    Channels channels;

    @Inject
    Groupings groupings;

    @Inject
    Dispatcher dispatcher;

    void write(@Observes(during = TransactionPhase.IN_PROGRESS) AlertChanged change) {
        String kind = kind(change.kind());
        for (Notifier channel : routed(change.alert())) {
            String group = Groupings.keyOf(change.alert(), groupings.of(channel));
            store.save(new OutboxEntry(channel.name(), change.alert().id(), kind, group, change.at()));
        }
    }

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertChanged change) {
        routed(change.alert()).forEach(channel -> dispatcher.wake(channel.name()));
    }

    /** A repeat of a firing alert, after the channel's repeat interval. */
    @Transactional(TxType.REQUIRES_NEW)
    public void repeat(Notifier channel, AlertFacts alert, Instant now) {
        String group = Groupings.keyOf(alert, groupings.of(channel));
        store.save(new OutboxEntry(channel.name(), alert.id(), Notice.REPEAT, group, now));
    }

    /** A test notification to one channel, in a group of its own; answers the entry's id. */
    @Transactional(TxType.REQUIRES_NEW)
    public long test(Notifier channel) {
        OutboxEntry entry =
                new OutboxEntry(channel.name(), null, Notice.TEST, "test-" + UUID.randomUUID(), Timestamps.now());
        store.save(entry);
        return entry.getId();
    }

    List<Notifier> routed(AlertFacts alert) {
        return channels.enabled(routes.channelsFor(alert.labels()));
    }

    private static String kind(String change) {
        return switch (change) {
            case AlertChanged.FIRED -> Notice.FIRED;
            case AlertChanged.ACKNOWLEDGED -> Notice.ACKNOWLEDGED;
            default -> Notice.RESOLVED;
        };
    }
}
