package tcps.health.control;

import java.util.List;

/**
 * The alerts that are active now (pending, firing, acknowledged), shown in the health report. Alerting answers, so
 * health does not depend on alerting, which reads the metrics that depend on the components health checks.
 */
public interface OpenAlerts {

    /** Written to JSON as they are. */
    List<?> active();
}
