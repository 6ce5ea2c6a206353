package tcps.health.entity;

import java.util.Locale;

/** A component's state, ordered from best to worst so that the overall status is simply the maximum. */
public enum HealthStatus {
    HEALTHY,
    DEGRADED,
    UNHEALTHY;

    public HealthStatus worse(HealthStatus other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }

    /** The name the API shows: {@code healthy}, {@code degraded}, {@code unhealthy}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
