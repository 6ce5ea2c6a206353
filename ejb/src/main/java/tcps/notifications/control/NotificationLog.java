package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import tcps.alerting.control.AlertNotifications;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.NotificationStore;
import tcps.notifications.entity.OutboxEntry;
import tcps.problems.control.UnknownEntity;

/** The notifications of an alert, and one delivery with what it carried. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class NotificationLog implements AlertNotifications {

    @Inject
    NotificationStore store;

    @Override
    public List<NotificationRecord> of(long alertId) {
        List<OutboxEntry> entries = store.entriesOfAlert(alertId);
        Map<Long, Delivery> deliveries = store
                .deliveries(entries.stream()
                        .map(OutboxEntry::getDeliveryId)
                        .filter(Objects::nonNull)
                        .filter(id -> id > 0)
                        .collect(Collectors.toSet()))
                .stream()
                .collect(Collectors.toMap(Delivery::getId, Function.identity()));
        return entries.stream()
                .map(entry -> NotificationRecord.of(entry, deliveries.get(entry.getDeliveryId())))
                .toList();
    }

    public DeliveryView delivery(long id) {
        Delivery delivery = store.find(id);
        if (delivery == null) {
            throw new UnknownEntity("delivery", id);
        }
        List<DeliveryView.Item> items = store.entriesOf(id).stream()
                .map(entry -> new DeliveryView.Item(entry.getAlertId(), entry.getKind(), entry.getCreatedAt()))
                .toList();
        return DeliveryView.of(delivery, items);
    }

    /** The entry written for a channel test, with its delivery once it has one. */
    public NotificationRecord entry(long entryId) {
        OutboxEntry entry = store.entry(entryId);
        if (entry == null) {
            throw new UnknownEntity("notification", entryId);
        }
        Long deliveryId = entry.getDeliveryId();
        return NotificationRecord.of(entry, deliveryId == null || deliveryId == 0 ? null : store.find(deliveryId));
    }
}
