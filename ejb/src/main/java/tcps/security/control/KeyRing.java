package tcps.security.control;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tcps.security.entity.ApiKey;
import tcps.security.entity.Role;

/**
 * Knows the API keys a request may present, without a database read per request: a key's answer is kept and
 * re-read every few seconds (a key revoked on another instance stops working within that time; here, at once). While
 * the database is away, keys already known keep working. Last use is written at most once a minute per key.
 */
@ApplicationScoped
public class KeyRing {

    private static final Duration REREAD = Duration.ofSeconds(10);
    private static final Duration USE_RECORDING = Duration.ofMinutes(1);

    @Inject
    ApiKeys keys;

    private LoadingCache<String, Optional<KnownKey>> known;
    private final Map<Long, Instant> usesRecorded = new ConcurrentHashMap<>();

    record KnownKey(long id, String name, Role role) {}

    @PostConstruct
    void createCache() {
        known = Caffeine.newBuilder()
                .maximumSize(10_000)
                .refreshAfterWrite(REREAD)
                // Refreshed on the request's own thread: the container's context (transactions, CDI) lives there.
                .executor(Runnable::run)
                .build(secret ->
                        keys.active(secret).map(key -> new KnownKey(key.getId(), key.getName(), key.getRole())));
    }

    /** The key's caller; {@link Unauthenticated} for a key that is unknown or revoked. */
    public Caller authenticate(String secret) {
        KnownKey key = known.get(secret).orElseThrow(() -> new Unauthenticated("The API key is not valid."));
        recordUse(key.id());
        return new Caller(key.name(), key.role(), Caller.Via.KEY);
    }

    public IssuedKey issue(String name, Role role, String createdBy) {
        return keys.issue(name, role, createdBy);
    }

    public ApiKey revoke(long id) {
        ApiKey revoked = keys.revoke(id);
        known.invalidateAll();
        return revoked;
    }

    public List<ApiKey> all() {
        return keys.all();
    }

    private void recordUse(long id) {
        Instant now = Instant.now();
        Instant last = usesRecorded.get(id);
        if (last == null || last.plus(USE_RECORDING).isBefore(now)) {
            usesRecorded.put(id, now);
            try {
                keys.used(id, now);
            } catch (RuntimeException unrecorded) {
                // The request is served anyway; the next use tries again.
                usesRecorded.remove(id);
            }
        }
    }
}
