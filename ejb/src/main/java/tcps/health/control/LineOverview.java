package tcps.health.control;

/**
 * The line at a glance (the metrics overview, system health score included), shown beside the components' health in
 * the health report. The metrics answer, so health does not depend on the metrics, which depend on the components
 * that health checks.
 */
public interface LineOverview {

    /** Written to JSON as it is. */
    Object current();
}
