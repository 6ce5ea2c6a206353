package tcps.metrics.control;

import java.time.Instant;

/**
 * Fired every {@code tcps.metrics.refresh-interval-ms} by {@link MetricsScheduler}; on it {@link MetricsReconciler}
 * reconciles the metrics with the database.
 */
public record MetricsTick(Instant at) {}
