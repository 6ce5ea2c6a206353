package tcps.health.entity;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@Stateless
public class ServiceStartStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public ServiceStart record(ServiceStart start) {
        em.persist(start);
        return start;
    }

    public long count() {
        return em.createQuery("SELECT COUNT(s) FROM ServiceStart s", Long.class).getSingleResult();
    }

    public Optional<Instant> firstStart() {
        return Optional.ofNullable(em.createQuery("SELECT MIN(s.startedAt) FROM ServiceStart s", Instant.class)
                .getSingleResult());
    }
}
