package tcps.security.entity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ApiKeyStore {

    @PersistenceContext(unitName = "tcps")
    EntityManager em;

    public ApiKey save(ApiKey key) {
        em.persist(key);
        em.flush();
        return key;
    }

    public Optional<ApiKey> find(long id) {
        return Optional.ofNullable(em.find(ApiKey.class, id));
    }

    public Optional<ApiKey> activeByHash(String keyHash) {
        return em.createQuery("SELECT k FROM ApiKey k WHERE k.keyHash = :hash AND k.revokedAt IS NULL", ApiKey.class)
                .setParameter("hash", keyHash)
                .getResultStream()
                .findFirst();
    }

    /** Every key, newest first, revoked ones included (so an audit can still name them). */
    public List<ApiKey> all() {
        return em.createQuery("SELECT k FROM ApiKey k ORDER BY k.createdAt DESC, k.id DESC", ApiKey.class)
                .getResultList();
    }

    public boolean anyActive(Role role) {
        return !em.createQuery("SELECT k.id FROM ApiKey k WHERE k.role = :role AND k.revokedAt IS NULL", Long.class)
                .setParameter("role", role)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    public void used(long id, Instant at) {
        em.createQuery("UPDATE ApiKey k SET k.lastUsedAt = :at WHERE k.id = :id")
                .setParameter("at", at)
                .setParameter("id", id)
                .executeUpdate();
    }
}
