package tcps.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message to one channel (one alert, or a group of them), with every attempt's outcome. While an instance sends
 * it, the delivery is claimed by that instance until {@code claimedUntil}; an instance that dies mid-send leaves the
 * claim to run out and another takes it over, with the same idempotency key.
 */
@Entity
@Table(name = "notification_delivery")
public class Delivery {

    @Id
    @SequenceGenerator(
            name = "notification_delivery_seq",
            sequenceName = "notification_delivery_seq",
            allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_delivery_seq")
    private Long id;

    private String channel;

    @Column(name = "group_key")
    private String groupKey;

    @Column(name = "idempotency_key")
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    private DeliveryStatus status;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error")
    private String lastError;

    private String reference;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "attempted_at")
    private Instant attemptedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Delivery() {}

    public Delivery(String channel, String groupKey, String idempotencyKey, Instant at) {
        this.channel = channel;
        this.groupKey = groupKey;
        this.idempotencyKey = idempotencyKey;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
        this.updatedAt = at;
    }

    public void claim(String by, Instant until) {
        this.claimedBy = by;
        this.claimedUntil = until;
    }

    public void sent(String reference, Instant at) {
        attempted(at);
        this.status = DeliveryStatus.SENT;
        this.reference = reference == null || reference.length() <= 200 ? reference : reference.substring(0, 200);
        this.sentAt = at;
        this.claimedUntil = null;
    }

    /** An attempt failed: tried again at {@code next}, or failed for good when {@code next} is null. */
    public void attemptFailed(String error, Instant next, Instant at) {
        attempted(at);
        this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
        this.claimedUntil = null;
        if (next == null) {
            this.status = DeliveryStatus.FAILED;
        } else {
            this.nextAttemptAt = next;
        }
    }

    private void attempted(Instant at) {
        this.attempts++;
        this.attemptedAt = at;
        this.updatedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public String getClaimedBy() {
        return claimedBy;
    }

    public String getLastError() {
        return lastError;
    }

    public String getReference() {
        return reference;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
