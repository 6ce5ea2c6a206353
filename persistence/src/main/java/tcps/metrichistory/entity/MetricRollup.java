package tcps.metrichistory.entity;

import java.time.Instant;

/**
 * One metric's samples in one minute: how many, the smallest, largest, their sum and the latest. The average is
 * {@code sum / samples}, so rollups of rollups stay exact.
 */
public record MetricRollup(
        String metric, Instant minute, long samples, double min, double max, double sum, double last) {

    public double average() {
        return sum / samples;
    }
}
