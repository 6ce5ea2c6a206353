package tcps.security.entity;

import java.util.Locale;

/** What a caller may do; each role includes the ones before it. */
public enum Role {
    /** Reads everything the product shows. */
    VIEWER,
    /** Runs the line: work orders, intake, Andon, TPM, quality, Kaizen, event ingestion. */
    OPERATOR,
    /** Configures the product: keys, simulation, backups and restore, cache and history maintenance. */
    ADMIN;

    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named in lower or upper case, or null. */
    public static Role named(String name) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return role;
            }
        }
        return null;
    }
}
