package tcps.security.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token buckets per credential for writes, and per address for failed sign-ins (so keys cannot be guessed quickly).
 * Buckets of callers that went quiet are forgotten after ten minutes, so memory stays bounded.
 */
@ApplicationScoped
public class RateLimits {

    @Inject
    @ConfigProperty(name = "tcps.security.rate-limit.writes-per-minute", defaultValue = "600")
    long writesPerMinute;

    @Inject
    @ConfigProperty(name = "tcps.security.rate-limit.failed-logins-per-minute", defaultValue = "30")
    long failedLoginsPerMinute;

    private final Cache<String, Bucket> writes = buckets();
    private final Cache<String, Bucket> failedLogins = buckets();

    public RateLimits() {}

    /** Limits set directly rather than from the configuration. */
    public RateLimits(long writesPerMinute, long failedLoginsPerMinute) {
        this.writesPerMinute = writesPerMinute;
        this.failedLoginsPerMinute = failedLoginsPerMinute;
    }

    private static Cache<String, Bucket> buckets() {
        return Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(Duration.ofMinutes(10))
                .build();
    }

    /** Takes one write for the caller; empty when allowed, else how long until the next one would be. */
    public Optional<Duration> write(Caller caller) {
        return take(writes.get(caller.via() + ":" + caller.name(), key -> perMinute(writesPerMinute)));
    }

    /** Whether the address failed to sign in so often that its credentials are not even checked now. */
    public Optional<Duration> signInsRefused(String address) {
        Bucket bucket = failedLogins.getIfPresent(address);
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofSeconds(Math.max(1, 60 / Math.max(1, failedLoginsPerMinute))));
    }

    public void failedSignIn(String address) {
        failedLogins.get(address, key -> perMinute(failedLoginsPerMinute)).tryConsume(1);
    }

    public long writesPerMinute() {
        return writesPerMinute;
    }

    private static Optional<Duration> take(Bucket bucket) {
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    // The whole minute's allowance may be spent at once (a pipeline's burst), then it refills evenly
    private static Bucket perMinute(long perMinute) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)))
                .build();
    }
}
