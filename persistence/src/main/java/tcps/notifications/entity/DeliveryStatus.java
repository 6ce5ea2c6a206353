package tcps.notifications.entity;

/** A delivery is pending (not yet taken, or to be tried again), sent, or failed for good. */
public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
