package tcps.notifications.control;

import java.time.Instant;
import java.util.List;
import tcps.notifications.entity.Delivery;

/** One delivery: the message made for a group, every attempt's outcome, and the alert changes it carried. */
public record DeliveryView(
        long id,
        String channel,
        String groupKey,
        String status,
        int attempts,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError,
        String reference,
        List<Item> notifications) {

    /** One alert change in the delivery ({@code alertId} null for a channel test). */
    public record Item(Long alertId, String kind, Instant at) {}

    static DeliveryView of(Delivery d, List<Item> items) {
        return new DeliveryView(
                d.getId(),
                d.getChannel(),
                d.getGroupKey(),
                d.getStatus().label(),
                d.getAttempts(),
                d.getCreatedAt(),
                d.getAttemptedAt(),
                "pending".equals(d.getStatus().label()) ? d.getNextAttemptAt() : null,
                d.getSentAt(),
                d.getLastError(),
                d.getReference(),
                items);
    }
}
