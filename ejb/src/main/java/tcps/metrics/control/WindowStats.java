package tcps.metrics.control;

import java.time.Instant;
import org.HdrHistogram.Histogram;

/**
 * What a {@link SlidingWindow} held from {@code from} on: the count, the exact sum and mean, and percentiles from the
 * merged histogram (null without one, or when nothing was recorded).
 */
public record WindowStats(Instant from, long count, long sum, Histogram histogram) {

    public Double mean() {
        return count == 0 ? null : (double) sum / count;
    }

    /** The value at {@code percentile} (0..100), within the histogram's 0.1 %; null when empty. */
    public Long percentile(double percentile) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return null;
        }
        return histogram.getValueAtPercentile(percentile);
    }

    /** How many recorded values were at most {@code value}. */
    public long countAtMost(long value) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return 0;
        }
        return histogram.getCountBetweenValues(0, value);
    }
}
