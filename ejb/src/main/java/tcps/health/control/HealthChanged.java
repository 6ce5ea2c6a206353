package tcps.health.control;

import java.time.Instant;
import tcps.health.entity.HealthStatus;
import tcps.line.control.LineChange;

/** A component's status changed; {@code from} is null for the first status it ever reported. */
public record HealthChanged(
        String component, HealthStatus from, HealthStatus to, String reason, boolean simulated, Instant at)
        implements LineChange {}
