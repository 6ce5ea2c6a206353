package tcps.health.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;

@ApplicationScoped
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
