package tcps.metrics.control;

import java.util.List;

/**
 * Families a component adds to the product's one Prometheus scrape ({@code /api/metrics/prometheus}), read on every
 * scrape and never cached. Implemented as a CDI bean; its family names must not repeat the built-in {@code tcps_*}
 * ones, since a name may have only one TYPE line in an exposition.
 */
public interface MetricFamilySource {

    List<MetricFamily> families();
}
