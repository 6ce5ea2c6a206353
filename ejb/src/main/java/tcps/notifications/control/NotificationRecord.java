package tcps.notifications.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import tcps.notifications.entity.Delivery;
import tcps.notifications.entity.OutboxEntry;

/**
 * One notification of an alert on one channel as an operator reads it: why ({@code kind}), when it was written,
 * and what became of it: {@code waiting} (for its group's time), {@code pending} (being sent or retried),
 * {@code sent}, {@code failed}, or {@code muted} (with why).
 */
@JsonbPropertyOrder({"id", "channel", "kind", "at", "status", "deliveryId", "attempts", "sentAt", "lastError"})
public record NotificationRecord(
        long id,
        String channel,
        String kind,
        Instant at,
        String status,
        String mutedBy,
        Long deliveryId,
        Integer attempts,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError,
        String reference) {

    static NotificationRecord of(OutboxEntry entry, Delivery delivery) {
        if (entry.getMutedBy() != null) {
            return new NotificationRecord(
                    entry.getId(),
                    entry.getChannel(),
                    entry.getKind(),
                    entry.getCreatedAt(),
                    "muted",
                    entry.getMutedBy(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        if (delivery == null) {
            return new NotificationRecord(
                    entry.getId(),
                    entry.getChannel(),
                    entry.getKind(),
                    entry.getCreatedAt(),
                    "waiting",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        return new NotificationRecord(
                entry.getId(),
                entry.getChannel(),
                entry.getKind(),
                entry.getCreatedAt(),
                delivery.getStatus().label(),
                null,
                delivery.getId(),
                delivery.getAttempts(),
                delivery.getAttemptedAt(),
                delivery.getSentAt(),
                delivery.getLastError(),
                delivery.getReference());
    }
}
