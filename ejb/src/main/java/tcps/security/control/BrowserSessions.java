package tcps.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard page's sessions: a browser cannot put a key on an EventSource or a WebSocket, so the page trades its
 * key for a random session cookie (HttpOnly, SameSite=Strict) once. Kept in memory: after a restart the page signs in
 * again with the key it holds for the browser session.
 */
@ApplicationScoped
public class BrowserSessions {

    @Inject
    @ConfigProperty(name = "tcps.security.session-idle-minutes", defaultValue = "480")
    long idleMinutes;

    private Cache<String, Caller> sessions;

    @PostConstruct
    void createStore() {
        sessions = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterAccess(Duration.ofMinutes(idleMinutes))
                .build();
    }

    /** A new session for the caller; answers the cookie's value. */
    public String open(Caller caller) {
        String token = KeySecrets.randomToken();
        sessions.put(token, caller.throughSession());
        return token;
    }

    /** The session's caller; empty once it has ended (idle, signed out, or the server restarted). */
    public Optional<Caller> caller(String token) {
        return Optional.ofNullable(sessions.getIfPresent(token));
    }

    public void close(String token) {
        sessions.invalidate(token);
    }
}
