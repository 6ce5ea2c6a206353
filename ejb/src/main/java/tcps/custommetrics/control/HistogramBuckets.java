package tcps.custommetrics.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A histogram's bucket bounds, the same for every custom histogram: 1, 2.5 and 5 times each power of ten from 0.001 to
 * 5,000,000,000, then +Inf. That spans fractions (0.02) as well as milliseconds of lead time (3,600,000) with at most
 * 2.5 times between bounds, which is what {@code histogram_quantile} interpolates across.
 */
final class HistogramBuckets {

    static final List<String> BOUNDS = bounds();
    private static final double[] UPPER =
            BOUNDS.stream().mapToDouble(Double::parseDouble).toArray();

    private HistogramBuckets() {}

    /** The index of the first bucket whose bound the value does not exceed. */
    static int indexOf(double value) {
        for (int i = 0; i < UPPER.length; i++) {
            if (value <= UPPER[i]) {
                return i;
            }
        }
        return UPPER.length;
    }

    /** Bounds as Prometheus writes them in {@code le}, without +Inf. */
    private static List<String> bounds() {
        List<String> bounds = new ArrayList<>();
        for (int power = -3; power <= 9; power++) {
            for (String step : List.of("1", "2.5", "5")) {
                bounds.add(new BigDecimal(step)
                        .scaleByPowerOfTen(power)
                        .stripTrailingZeros()
                        .toPlainString());
            }
        }
        return List.copyOf(bounds);
    }
}
