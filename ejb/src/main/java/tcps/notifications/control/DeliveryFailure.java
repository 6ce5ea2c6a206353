package tcps.notifications.control;

import java.time.Duration;

/**
 * A service did not take a notification. Retryable for time-outs, refused connections, 408, 429 and 5xx; never for
 * another 4xx, which would fail again the same way. {@code retryAfter} is the service's own {@code Retry-After}.
 */
public class DeliveryFailure extends Exception {

    private final boolean retryable;
    private final transient Duration retryAfter;

    public DeliveryFailure(String reason, boolean retryable, Duration retryAfter) {
        super(reason);
        this.retryable = retryable;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure permanent(String reason) {
        return new DeliveryFailure(reason, false, null);
    }

    public static DeliveryFailure transientFailure(String reason) {
        return new DeliveryFailure(reason, true, null);
    }

    public boolean retryable() {
        return retryable;
    }

    /** The wait the service asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
