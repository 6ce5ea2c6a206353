package tcps.security.boundary;

import tcps.security.control.Caller;
import tcps.security.control.SecuritySettings;

/** Who is signed in, as the page shows it; {@code signedIn} false with whether anonymous reading is allowed. */
public record SessionView(boolean signedIn, String name, String role, String via, boolean anonymousRead) {

    static SessionView of(Caller caller, SecuritySettings settings) {
        if (caller == null) {
            return new SessionView(false, null, null, null, settings.anonymousRead());
        }
        return new SessionView(
                true,
                caller.name(),
                caller.role() == null ? null : caller.role().label(),
                caller.via().name().toLowerCase(java.util.Locale.ROOT),
                settings.anonymousRead());
    }
}
