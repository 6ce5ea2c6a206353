package tcps.alerting.control;

import java.time.Instant;

/** Time to evaluate the alert rules (every {@code tcps.alerting.check-interval-ms}). */
public record AlertTick(Instant at) {}
