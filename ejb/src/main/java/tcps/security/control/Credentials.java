package tcps.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds who is calling, from what a request carries: {@code Authorization: Bearer} with an API key or an identity
 * provider's token, or the page's session cookie. Nothing presented is an anonymous request; a key or token that is
 * not valid is refused ({@link Unauthenticated}), never treated as anonymous.
 */
@ApplicationScoped
public class Credentials {

    @Inject
    KeyRing keys;

    @Inject
    TokenVerifier tokens;

    @Inject
    BrowserSessions sessions;

    public Optional<Caller> callerOf(String authorization, String sessionCookie) {
        if (authorization != null) {
            return Optional.of(bearer(authorization));
        }
        // An ended session is no credential at all: the page's files still load, and its API calls ask to sign in.
        return sessionCookie == null ? Optional.empty() : sessions.caller(sessionCookie);
    }

    private Caller bearer(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0
                || !authorization.substring(0, space).toLowerCase(Locale.ROOT).equals("bearer")) {
            throw new Unauthenticated("The Authorization header must be 'Bearer <API key or token>'.");
        }
        String credential = authorization.substring(space + 1).strip();
        if (credential.isEmpty()) {
            throw new Unauthenticated("The Authorization header carries no key or token.");
        }
        if (KeySecrets.looksLikeKey(credential)) {
            return keys.authenticate(credential);
        }
        if (credential.chars().filter(c -> c == '.').count() == 2) {
            return tokens.verify(credential);
        }
        throw new Unauthenticated("The Authorization header holds neither an API key (tcps_...) nor a token.");
    }
}
