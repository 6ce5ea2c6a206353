package tcps.notifications.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.eclipse.persistence.sessions.UnitOfWork;

/** The outbox and the deliveries: what waits, what is due, what an instance claims, what an alert was sent. */
@ApplicationScoped
public class NotificationStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public void save(OutboxEntry entry) {
        em.persist(entry);
    }

    public void save(Delivery delivery) {
        em.persist(delivery);
        em.flush();
    }

    public OutboxEntry entry(long entryId) {
        return em.find(OutboxEntry.class, entryId);
    }

    public Delivery find(long deliveryId) {
        return em.find(Delivery.class, deliveryId);
    }

    /**
     * The channel's entries not yet in a delivery, oldest first, locked for this transaction; entries another
     * instance holds are skipped rather than waited for. (The transaction's own connection must run the query, or
     * the lock ends with it: the persistence context is made to begin its database transaction first.)
     */
    @SuppressWarnings("unchecked")
    public List<OutboxEntry> lockWaiting(String channel, int limit) {
        em.unwrap(UnitOfWork.class).beginEarlyTransaction();
        List<Number> ids = em.createNativeQuery("SELECT id FROM notification_outbox WHERE channel = ?1"
                        + " AND delivery_id IS NULL ORDER BY id FETCH FIRST " + limit
                        + " ROWS ONLY FOR UPDATE SKIP LOCKED")
                .setParameter(1, channel)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.id IN :ids ORDER BY e.id", OutboxEntry.class)
                .setParameter("ids", ids.stream().map(Number::longValue).toList())
                .getResultList();
    }

    /**
     * Puts the entry into the delivery unless it is already in one; true when it now is. Two instances that both
     * read an entry as waiting cannot both send it: the second's update finds it taken.
     */
    public boolean join(long entryId, long deliveryId) {
        return em.createQuery("UPDATE OutboxEntry e SET e.deliveryId = :d WHERE e.id = :id AND e.deliveryId IS NULL")
                        .setParameter("d", deliveryId)
                        .setParameter("id", entryId)
                        .executeUpdate()
                == 1;
    }

    /** Marks the entry not to be sent ({@code why}) unless it is already in a delivery. */
    public void mute(long entryId, String why) {
        em.createQuery("UPDATE OutboxEntry e SET e.deliveryId = 0, e.mutedBy = :why"
                        + " WHERE e.id = :id AND e.deliveryId IS NULL")
                .setParameter("why", why)
                .setParameter("id", entryId)
                .executeUpdate();
    }

    /** Drops a delivery that got none of its entries. */
    public void forget(Delivery delivery) {
        em.remove(delivery);
    }

    /** When the group's last message was made, or null. (Not MAX(): an aggregate bypasses the time converter.) */
    public Instant lastDeliveryOf(String channel, String groupKey) {
        return em
                .createQuery(
                        "SELECT d.createdAt FROM Delivery d WHERE d.channel = :c AND d.groupKey = :g"
                                + " ORDER BY d.createdAt DESC",
                        Instant.class)
                .setParameter("c", channel)
                .setParameter("g", groupKey)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Whether the alert's firing was ever put into a message on this channel (else its resolve is not news). */
    public boolean firingAnnounced(long alertId, String channel) {
        return !em.createQuery(
                        "SELECT e.id FROM OutboxEntry e WHERE e.alertId = :a AND e.channel = :c"
                                + " AND e.kind IN ('fired', 'repeat') AND e.deliveryId > 0",
                        Long.class)
                .setParameter("a", alertId)
                .setParameter("c", channel)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Pending deliveries of the channel due by {@code now} and claimed by nobody (or by a claim that ran out). */
    public List<Long> due(String channel, Instant now, int limit) {
        return em.createQuery(
                        "SELECT d.id FROM Delivery d WHERE d.channel = :c AND d.status = :pending"
                                + " AND d.nextAttemptAt <= :now AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)"
                                + " ORDER BY d.id",
                        Long.class)
                .setParameter("c", channel)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setParameter("now", now)
                .setMaxResults(limit)
                .getResultList();
    }

    /** When the channel's next pending delivery falls due, or null. */
    public Instant nextAttempt(String channel) {
        return em
                .createQuery(
                        "SELECT d.nextAttemptAt FROM Delivery d WHERE d.channel = :c AND d.status = :pending"
                                + " ORDER BY d.nextAttemptAt",
                        Instant.class)
                .setParameter("c", channel)
                .setParameter("pending", DeliveryStatus.PENDING)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** Claims the delivery for {@code owner} unless another instance holds it; true when this one now does. */
    public boolean claim(long deliveryId, String owner, Instant until, Instant now) {
        return em.createQuery("UPDATE Delivery d SET d.claimedBy = :owner, d.claimedUntil = :until"
                                + " WHERE d.id = :id AND d.status = :pending"
                                + " AND (d.claimedUntil IS NULL OR d.claimedUntil < :now)")
                        .setParameter("owner", owner)
                        .setParameter("until", until)
                        .setParameter("id", deliveryId)
                        .setParameter("pending", DeliveryStatus.PENDING)
                        .setParameter("now", now)
                        .executeUpdate()
                == 1;
    }

    public List<OutboxEntry> entriesOf(long deliveryId) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.deliveryId = :d ORDER BY e.id", OutboxEntry.class)
                .setParameter("d", deliveryId)
                .getResultList();
    }

    public List<OutboxEntry> entriesOfAlert(long alertId) {
        return em.createQuery("SELECT e FROM OutboxEntry e WHERE e.alertId = :a ORDER BY e.id", OutboxEntry.class)
                .setParameter("a", alertId)
                .getResultList();
    }

    public List<Delivery> deliveries(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Delivery d WHERE d.id IN :ids", Delivery.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /** The channel's latest finished delivery (sent or failed), or null. */
    public Delivery lastFinished(String channel, DeliveryStatus status) {
        return em
                .createQuery(
                        "SELECT d FROM Delivery d WHERE d.channel = :c AND d.status = :s ORDER BY d.updatedAt DESC",
                        Delivery.class)
                .setParameter("c", channel)
                .setParameter("s", status)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The channel's latest delivery with a failed attempt (it may have gone through later), or null. */
    public Delivery lastFailedAttempt(String channel) {
        return em
                .createQuery(
                        "SELECT d FROM Delivery d WHERE d.channel = :c AND d.lastError IS NOT NULL"
                                + " ORDER BY d.attemptedAt DESC",
                        Delivery.class)
                .setParameter("c", channel)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst()
                .orElse(null);
    }

    public long pending(String channel) {
        long deliveries = em.createQuery(
                        "SELECT COUNT(d) FROM Delivery d WHERE d.channel = :c AND d.status = :pending", Long.class)
                .setParameter("c", channel)
                .setParameter("pending", DeliveryStatus.PENDING)
                .getSingleResult();
        long waiting = em.createQuery(
                        "SELECT COUNT(e) FROM OutboxEntry e WHERE e.channel = :c AND e.deliveryId IS NULL", Long.class)
                .setParameter("c", channel)
                .getSingleResult();
        return deliveries + waiting;
    }

    /**
     * The firing news of these alerts on the channel (fired, repeat, acknowledged entries), newest first: when each
     * last had a message and whether one still waits is what the repeat interval is measured from.
     */
    public List<OutboxEntry> firingNews(String channel, Collection<Long> alertIds) {
        if (alertIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT e FROM OutboxEntry e WHERE e.channel = :c AND e.alertId IN :ids"
                                + " AND e.kind IN ('fired', 'repeat', 'acknowledged') ORDER BY e.id DESC",
                        OutboxEntry.class)
                .setParameter("c", channel)
                .setParameter("ids", alertIds)
                .getResultList();
    }

    /** Removes finished deliveries and their entries older than {@code cutoff}. */
    public int purgeBefore(Instant cutoff) {
        em.createQuery("DELETE FROM OutboxEntry e WHERE e.createdAt < :t AND e.deliveryId IS NOT NULL AND"
                        + " (e.deliveryId = 0 OR e.deliveryId IN (SELECT d.id FROM Delivery d"
                        + " WHERE d.status <> :pending AND d.updatedAt < :t))")
                .setParameter("t", cutoff)
                .setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate();
        return em.createQuery("DELETE FROM Delivery d WHERE d.status <> :pending AND d.updatedAt < :t")
                .setParameter("t", cutoff)
                .setParameter("pending", DeliveryStatus.PENDING)
                .executeUpdate();
    }
}
