package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.control.Muting;
import tcps.alerting.entity.Alert;
import tcps.alerting.entity.AlertStore;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.NotificationStore;
import tcps.notifications.entity.OutboxEntry;

/**
 * Turns a channel's waiting outbox entries into deliveries, one per group whose time has come: a new group after its
 * group wait, a group that had a message after its group interval. On the way it drops what is not to be sent: alerts a
 * silence or an inhibition mutes now, and the acknowledgement or resolve of an alert whose firing the channel never
 * heard. The deliveries are made claimed by the calling instance, which sends them right away; an entry another
 * instance put into a delivery meanwhile stays out of this one.
 */
@ApplicationScoped
@Transactional(TxType.REQUIRES_NEW)
public class Bundler {

    static final int BATCH = 500;

    @Inject
    NotificationStore store;

    @Inject
    AlertStore alerts;

    @Inject
    Muting muting;

    /** What a round made: the deliveries to send now, and when the next waiting group falls due (or null). */
    public record Bundle(List<Long> deliveries, Instant nextDue) {}

    public Bundle bundle(String channel, Grouping grouping, String owner, Duration claim, Instant now) {
        Map<String, List<OutboxEntry>> groups = new LinkedHashMap<>();
        Set<Long> firingHere = new HashSet<>();
        for (OutboxEntry entry : store.lockWaiting(channel, BATCH)) {
            if (keep(entry, channel, firingHere, now)) {
                groups.computeIfAbsent(entry.getGroupKey(), key -> new ArrayList<>())
                        .add(entry);
            }
        }
        List<Long> made = new ArrayList<>();
        Instant nextDue = null;
        for (Map.Entry<String, List<OutboxEntry>> group : groups.entrySet()) {
            Instant due = dueAt(channel, group.getKey(), group.getValue().get(0).getCreatedAt(), grouping);
            if (due.isAfter(now)) {
                nextDue = nextDue == null || due.isBefore(nextDue) ? due : nextDue;
                continue;
            }
            Delivery delivery = new Delivery(
                    channel, group.getKey(), UUID.randomUUID().toString().replace("-", ""), now);
            delivery.claim(owner, now.plus(claim));
            store.save(delivery);
            long joined = group.getValue().stream()
                    .filter(entry -> store.join(entry.getId(), delivery.getId()))
                    .count();
            if (joined == 0) {
                store.forget(delivery);
            } else {
                made.add(delivery.getId());
            }
        }
        return new Bundle(made, nextDue);
    }

    private boolean keep(OutboxEntry entry, String channel, Set<Long> firingHere, Instant now) {
        if (entry.getAlertId() == null) {
            return true;
        }
        Alert alert = alerts.find(entry.getAlertId());
        if (alert == null) {
            store.mute(entry.getId(), "alert purged");
            return false;
        }
        String muted = muting.reason(AlertFacts.of(alert), now);
        boolean firing = Notice.FIRED.equals(entry.getKind()) || Notice.REPEAT.equals(entry.getKind());
        if (muted == null
                && !firing
                && !firingHere.contains(alert.getId())
                && !store.firingAnnounced(alert.getId(), channel)) {
            muted = "its firing was not notified";
        }
        if (muted != null) {
            store.mute(entry.getId(), muted);
            return false;
        }
        if (firing) {
            firingHere.add(alert.getId());
        }
        return true;
    }

    private Instant dueAt(String channel, String groupKey, Instant first, Grouping grouping) {
        Instant last = store.lastDeliveryOf(channel, groupKey);
        if (last != null && last.plus(grouping.groupInterval()).isAfter(first)) {
            return last.plus(grouping.groupInterval());
        }
        return first.plus(grouping.groupWait());
    }
}
