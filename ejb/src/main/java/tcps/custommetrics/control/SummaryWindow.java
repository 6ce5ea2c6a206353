package tcps.custommetrics.control;

import java.util.Arrays;
import java.util.List;

/**
 * A summary's quantiles over its latest {@value #SIZE} observations, as Prometheus client summaries compute theirs
 * over a recent window: a defect rate or a latency of now, not averaged into the whole history. {@code _sum} and
 * {@code _count} stay totals since start-up. Not thread-safe: its series guards it.
 */
final class SummaryWindow {

    static final int SIZE = 1024;
    static final List<String> QUANTILES = List.of("0.5", "0.9", "0.99");

    private final double[] latest = new double[SIZE];
    private long observed;

    void record(double value) {
        latest[(int) (observed % SIZE)] = value;
        observed++;
    }

    /** Each of {@link #QUANTILES} by the nearest-rank method; empty before the first observation. */
    double[] quantiles() {
        int size = (int) Math.min(observed, SIZE);
        if (size == 0) {
            return new double[0];
        }
        double[] sorted = Arrays.copyOf(latest, size);
        Arrays.sort(sorted);
        return QUANTILES.stream()
                .mapToDouble(Double::parseDouble)
                .map(q -> sorted[Math.max(0, (int) Math.ceil(q * size) - 1)])
                .toArray();
    }
}
