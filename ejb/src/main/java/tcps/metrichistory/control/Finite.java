package tcps.metrichistory.control;

/** Sums of huge values saturate at the largest double instead of overflowing to infinity. */
final class Finite {

    private Finite() {}

    static double clamp(double value) {
        if (Double.isNaN(value)) {
            return 0;
        }
        return Math.max(-Double.MAX_VALUE, Math.min(Double.MAX_VALUE, value));
    }
}
