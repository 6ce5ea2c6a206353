package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.entity.Alert;
import tcps.alerting.entity.AlertStore;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.NotificationStore;
import tcps.notifications.entity.OutboxEntry;

/**
 * Reads a delivery back as the notification its channel sends: every alert as it is now, with why it is in the
 * message. A channel that groups lists each alert once, with its latest news; a channel that takes each alert alone
 * gets every change in order (PagerDuty must see the trigger before the resolve).
 */
@ApplicationScoped
// In a transaction of its own when called from a channel's thread: reads need one there
@Transactional(TxType.REQUIRED)
public class Assembler {

    @Inject
    NotificationStore store;

    @Inject
    AlertStore alerts;

    @Inject
    @ConfigProperty(name = "tcps.notifications.external-url", defaultValue = "http://localhost:8080")
    String externalUrl;

    public Notification notification(long deliveryId, Grouping grouping, Instant now) {
        Delivery delivery = store.find(deliveryId);
        Map<Object, Notice> notices = new LinkedHashMap<>();
        for (OutboxEntry entry : store.entriesOf(deliveryId)) {
            Notice notice = notice(entry);
            Object key = grouping.eachAlertAlone() || notice.test()
                    ? entry.getId()
                    : notice.alert().id();
            notices.remove(key);
            notices.put(key, notice);
        }
        List<Notice> list = new ArrayList<>(notices.values());
        Map<String, String> groupLabels = list.isEmpty() || list.get(0).test()
                ? Map.of()
                : Groupings.labelsOf(list.get(0).alert(), grouping);
        return new Notification(
                delivery.getChannel(),
                deliveryId,
                delivery.getIdempotencyKey(),
                delivery.getGroupKey(),
                groupLabels,
                list,
                now,
                new Notification.Links(externalUrl.replaceAll("/+$", "")));
    }

    private Notice notice(OutboxEntry entry) {
        if (entry.getAlertId() == null) {
            return new Notice(Notice.TEST, TestAlert.of(entry.getId(), entry.getCreatedAt()));
        }
        Alert alert = alerts.find(entry.getAlertId());
        return new Notice(entry.getKind(), AlertFacts.of(alert));
    }
}
