package tcps.notifications.control;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When a failed delivery is tried again: exponential backoff from {@code initial} up to {@code max}, with jitter so
 * many deliveries failing together do not return together, never sooner than the service's own Retry-After; and
 * never after {@code maxAttempts} attempts or a failure that retrying cannot mend.
 */
public record Backoff(Duration initial, Duration max, int maxAttempts) {

    /** The next attempt after {@code attempts} failed ones, or null when the delivery has failed for good. */
    public Instant next(int attempts, DeliveryFailure failure, Instant now) {
        if (!failure.retryable() || attempts >= maxAttempts) {
            return null;
        }
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << Math.min(attempts - 1, 30));
        // Half fixed, half random: the wait still grows with every attempt
        long wait = ceiling / 2 + ThreadLocalRandom.current().nextLong(ceiling / 2 + 1);
        if (failure.retryAfter() != null) {
            wait = Math.max(wait, failure.retryAfter().toMillis());
        }
        return now.plusMillis(wait);
    }
}
