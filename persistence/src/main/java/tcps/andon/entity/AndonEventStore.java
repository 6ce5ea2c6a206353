package tcps.andon.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

/**
 * Andon events in the database. The aggregate queries are what the metrics engine reads; each is served by an index
 * of V3__andon.sql (status/severity, triggered_at, resolved_at).
 */
@ApplicationScoped
public class AndonEventStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public AndonEvent save(AndonEvent event) {
        em.persist(event);
        // Written now, so that constraint failures surface before anyone is told about the event.
        em.flush();
        return event;
    }

    public Optional<AndonEvent> find(long id) {
        return Optional.ofNullable(em.find(AndonEvent.class, id));
    }

    /** Reads the event and locks its row until the transaction ends, so two resolutions cannot both succeed. */
    public Optional<AndonEvent> findForUpdate(long id) {
        return Optional.ofNullable(em.find(AndonEvent.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public long countOpen() {
        return em.createQuery("SELECT COUNT(a) FROM AndonEvent a WHERE a.status = :open", Long.class)
                .setParameter("open", AndonStatus.OPEN)
                .getSingleResult();
    }

    /** Open events per severity; every severity is present, with 0 when none is open. */
    public Map<Severity, Long> countOpenBySeverity() {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Severity severity : Severity.values()) {
            counts.put(severity, 0L);
        }
        em.createQuery(
                        "SELECT a.severity, COUNT(a) FROM AndonEvent a WHERE a.status = :open GROUP BY a.severity",
                        Object[].class)
                .setParameter("open", AndonStatus.OPEN)
                .getResultList()
                .forEach(row -> counts.put((Severity) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    public ResolutionStats resolutionStats() {
        return resolutionStats(Instant.EPOCH, Instant.MAX);
    }

    /** Events resolved in [from, to) and their average resolution time. */
    public ResolutionStats resolutionStats(Instant from, Instant to) {
        Object[] row = em.createQuery(
                        "SELECT COUNT(a), AVG(a.resolutionMillis) FROM AndonEvent a"
                                + " WHERE a.resolvedAt >= :from AND a.resolvedAt < :to",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", clamp(to))
                .getSingleResult();
        Number average = (Number) row[1];
        return new ResolutionStats(((Number) row[0]).longValue(), average == null ? null : average.doubleValue());
    }

    /** Events triggered in [from, to). */
    public long countTriggered(Instant from, Instant to) {
        return em.createQuery(
                        "SELECT COUNT(a) FROM AndonEvent a WHERE a.triggeredAt >= :from AND a.triggeredAt < :to",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", clamp(to))
                .getSingleResult();
    }

    /** Escalations ever made: the sum of every event's escalation level. */
    public long countEscalations() {
        Number sum = em.createQuery("SELECT SUM(a.escalationLevel) FROM AndonEvent a", Number.class)
                .getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    public List<AndonEvent> mostRecent(int count) {
        return em.createQuery("SELECT a FROM AndonEvent a ORDER BY a.triggeredAt DESC, a.id DESC", AndonEvent.class)
                .setMaxResults(count)
                .getResultList();
    }

    public Optional<AndonEvent> oldestOpen(Severity severity) {
        return em
                .createQuery(
                        "SELECT a FROM AndonEvent a WHERE a.status = :open AND a.severity = :severity"
                                + " ORDER BY a.triggeredAt, a.id",
                        AndonEvent.class)
                .setParameter("open", AndonStatus.OPEN)
                .setParameter("severity", severity)
                .setMaxResults(1)
                .getResultList()
                .stream()
                .findFirst();
    }

    /** A page of the events the filter matches, newest first, and how many match in all. */
    public Slice<AndonEvent> list(AndonFilter filter, int offset, int limit) {
        return new Filter()
                .where("a.status = :status", "status", filter.status())
                .where("a.severity = :severity", "severity", filter.severity())
                .where("a.skuId = :skuId", "skuId", filter.skuId())
                .where("a.workOrderId = :workOrderId", "workOrderId", filter.workOrderId())
                .where("a.triggeredAt >= :from", "from", filter.from())
                .where("a.triggeredAt < :to", "to", filter.to())
                .slice(
                        em,
                        AndonEvent.class,
                        "SELECT a FROM AndonEvent a",
                        "SELECT COUNT(a) FROM AndonEvent a",
                        "a.triggeredAt DESC, a.id DESC",
                        offset,
                        limit);
    }

    /** Instant.MAX does not fit a SQL timestamp; the year 9999 is far enough. */
    private static Instant clamp(Instant to) {
        Instant limit = Instant.parse("9999-12-31T00:00:00Z");
        return to.isAfter(limit) ? limit : to;
    }
}
