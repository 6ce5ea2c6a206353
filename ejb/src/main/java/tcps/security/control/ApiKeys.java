package tcps.security.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tcps.problems.control.UnknownEntity;
import tcps.security.entity.ApiKey;
import tcps.security.entity.ApiKeyStore;
import tcps.security.entity.Role;
import tcps.storage.entity.Timestamps;

/** API keys as stored: created (the secret shown once), listed, revoked, their last use recorded. */
@Stateless
public class ApiKeys {

    @Inject
    ApiKeyStore store;

    public IssuedKey issue(String name, Role role, String createdBy) {
        String secret = KeySecrets.newKey();
        ApiKey key = store.save(new ApiKey(
                name, role, KeySecrets.hash(secret), KeySecrets.prefixOf(secret), Timestamps.now(), createdBy));
        return new IssuedKey(key, secret);
    }

    public ApiKey revoke(long id) {
        ApiKey key = store.find(id).orElseThrow(() -> new UnknownEntity("API key", id));
        if (!key.isRevoked()) {
            key.revoked(Timestamps.now());
        }
        return key;
    }

    public List<ApiKey> all() {
        return store.all();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ApiKey> active(String secret) {
        return store.activeByHash(KeySecrets.hash(secret));
    }

    public boolean anyActive(Role role) {
        return store.anyActive(role);
    }

    /** Its own transaction: the request it was used for may fail and roll back, the use still happened. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void used(long id, Instant at) {
        store.used(id, at);
    }
}
