package tcps.alerting.entity;

/** Where an alert stands: pending (its condition holds, not yet for long enough), firing, acknowledged, resolved. */
public enum AlertState {
    PENDING,
    FIRING,
    ACKNOWLEDGED,
    RESOLVED;

    public boolean active() {
        return this != RESOLVED;
    }

    /** Firing, acknowledged or not: what notifications and dashboards count as a raised alert. */
    public boolean raised() {
        return this == FIRING || this == ACKNOWLEDGED;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
