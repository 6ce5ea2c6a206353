package tcps.health.control;

import java.time.Instant;

/**
 * Fired every {@code tcps.health.check-interval-seconds} by {@link HealthScheduler}; {@link ComponentHealthMonitor}
 * checks every component.
 */
public record HealthTick(Instant at) {}
