package tcps.metrics.control;

import java.util.Map;

/**
 * Something that knows current numeric metric values. The history rollup records every value of every source once a
 * minute, so any component can put its figures into history by implementing this as a CDI bean.
 */
public interface MetricSource {

    /**
     * The current values by Prometheus-style name, labels included in the name where there are any, for example
     * {@code tcps_production_throughput} or {@code tcps_kanban_wip{bucket="security"}}. Must be cheap: no history scans.
     */
    Map<String, Double> currentValues();
}
