package tcps.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One alert change to tell one channel, written in the transaction of the change itself, so a committed change is
 * never left unannounced. It waits for its group's time, then joins a {@link Delivery}; or it is dropped because a
 * silence or an inhibition mutes its alert ({@code mutedBy}).
 */
@Entity
@Table(name = "notification_outbox")
public class OutboxEntry {

    @Id
    @SequenceGenerator(name = "notification_outbox_seq", sequenceName = "notification_outbox_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_outbox_seq")
    private Long id;

    private String channel;

    @Column(name = "alert_id")
    private Long alertId;

    private String kind;

    @Column(name = "group_key")
    private String groupKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "delivery_id")
    private Long deliveryId;

    @Column(name = "muted_by")
    private String mutedBy;

    protected OutboxEntry() {}

    public OutboxEntry(String channel, Long alertId, String kind, String groupKey, Instant createdAt) {
        this.channel = channel;
        this.alertId = alertId;
        this.kind = kind;
        this.groupKey = groupKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getChannel() {
        return channel;
    }

    public Long getAlertId() {
        return alertId;
    }

    public String getKind() {
        return kind;
    }

    public String getGroupKey() {
        return groupKey;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public String getMutedBy() {
        return mutedBy;
    }
}
