package tcps.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import tcps.storage.entity.Filter;
import tcps.storage.entity.Slice;

@ApplicationScoped
public class AuditStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public void saveAll(List<AuditEntry> entries) {
        entries.forEach(em::persist);
        em.flush();
    }

    /** Newest first; each filter applies when given. {@code statusClass} 4 means 400 to 499. */
    public Slice<AuditEntry> list(
            String actor,
            String action,
            String targetPrefix,
            Integer status,
            Integer statusClass,
            Instant from,
            Instant to,
            int limit,
            int offset) {
        return new Filter()
                .where("a.actor = :actor", "actor", actor)
                .where("a.action = :action", "action", action)
                .where("a.target LIKE :target", "target", targetPrefix == null ? null : escaped(targetPrefix) + "%")
                .where("a.status = :status", "status", status)
                .where("a.status >= :low", "low", statusClass == null ? null : statusClass * 100)
                .where("a.status < :high", "high", statusClass == null ? null : statusClass * 100 + 100)
                .where("a.at >= :from", "from", from)
                .where("a.at < :to", "to", to)
                .slice(
                        em,
                        AuditEntry.class,
                        "SELECT a FROM AuditEntry a",
                        "SELECT COUNT(a) FROM AuditEntry a",
                        "a.at DESC, a.id DESC",
                        offset,
                        limit);
    }

    public int deleteBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM AuditEntry a WHERE a.at < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }

    // A prefix is matched literally: % and _ in it are not wildcards
    private static String escaped(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
