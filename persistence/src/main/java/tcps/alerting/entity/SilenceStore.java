package tcps.alerting.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SilenceStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public List<Silence> all() {
        return em.createQuery("SELECT s FROM Silence s ORDER BY s.endsAt DESC, s.id", Silence.class)
                .getResultList();
    }

    /** Silences that have not ended: the ones that can mute an alert now or later. */
    public List<Silence> notEndedAt(Instant now) {
        return em.createQuery("SELECT s FROM Silence s WHERE s.endsAt > :now ORDER BY s.id", Silence.class)
                .setParameter("now", now)
                .getResultList();
    }

    public Silence find(String id) {
        return em.find(Silence.class, id);
    }

    public Silence lock(String id) {
        return em.find(Silence.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    public void save(Silence silence) {
        em.persist(silence);
        em.flush();
    }

    public int purgeEndedBefore(Instant cutoff) {
        return em.createQuery("DELETE FROM Silence s WHERE s.endsAt < :cutoff")
                .setParameter("cutoff", cutoff)
                .executeUpdate();
    }
}
