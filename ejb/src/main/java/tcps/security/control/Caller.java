package tcps.security.control;

import java.security.Principal;
import tcps.security.entity.Role;

/**
 * Who made a request, as the audit names them, and what they may do. {@code via} says how they proved it: an API key,
 * a token from the identity provider, or the page's session (which was opened with one of those).
 */
public record Caller(String name, Role role, Via via) implements Principal {

    /** The request attribute (and JAX-RS property) a request's caller is kept under. */
    public static final String ATTRIBUTE = "tcps.caller";

    public enum Via {
        KEY,
        TOKEN,
        SESSION,
        /** Access control is switched off: nothing was checked. */
        UNCHECKED
    }

    /** Everyone, when access control is switched off ({@code tcps.security.enabled=false}). */
    public static final Caller UNCHECKED = new Caller("anyone (access control off)", Role.ADMIN, Via.UNCHECKED);

    @Override
    public String getName() {
        return name;
    }

    public boolean may(Role needed) {
        return role != null && role.includes(needed);
    }

    /** The same caller, reached through the page's session cookie. */
    public Caller throughSession() {
        return new Caller(name, role, Via.SESSION);
    }
}
