package tcps.metrics.control;

import java.time.Instant;

/**
 * The figures moved: the components' reports were re-read after a committed change, a reconciliation or rebuild ran,
 * or a simulation started or ended. Fired synchronously on the thread that updated them (never the thread that
 * committed the change); observers must only note it and do their work elsewhere (alert evaluation does).
 */
public record MetricsUpdated(Instant at) {}
