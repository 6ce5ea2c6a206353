package tcps.metrichistory.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tcps.metrichistory.entity.MetricRollup;

/**
 * Rolls samples up into the current minute: count, min, max, sum and last per metric. A sample in a later minute
 * closes the current one and hands its rollups back for writing. Not thread-safe: its owner serialises calls.
 */
public final class MinuteRollup {

    private final Map<String, Accumulator> metrics = new HashMap<>();
    private Instant minute;

    /**
     * Adds one sample of every value; non-finite values are skipped. Answers the rollups of the minute this sample
     * closed, or nothing while the minute goes on. A sample from an earlier minute (a clock set back) counts in the
     * current one.
     */
    public List<MetricRollup> record(Instant at, Map<String, Double> values) {
        Instant sampleMinute = at.truncatedTo(ChronoUnit.MINUTES);
        List<MetricRollup> closed = List.of();
        if (minute == null || sampleMinute.isAfter(minute)) {
            closed = current();
            metrics.clear();
            minute = sampleMinute;
        }
        values.forEach((metric, value) -> {
            if (metric != null && value != null && Double.isFinite(value)) {
                metrics.computeIfAbsent(metric, name -> new Accumulator()).add(value);
            }
        });
        return closed;
    }

    /** The current minute's rollups so far (a flush writes them before the minute ends). */
    public List<MetricRollup> current() {
        List<MetricRollup> rollups = new ArrayList<>(metrics.size());
        metrics.forEach((metric, accumulator) -> rollups.add(accumulator.rollup(metric, minute)));
        return rollups;
    }

    /** The minute being rolled up; null before the first sample. */
    public Instant minute() {
        return minute;
    }

    private static final class Accumulator {
        private long samples;
        private double min;
        private double max;
        private double sum;
        private double last;

        void add(double value) {
            min = samples == 0 ? value : Math.min(min, value);
            max = samples == 0 ? value : Math.max(max, value);
            samples++;
            // Never infinite: a stored Infinity would make every later backup and history answer fail
            sum = Finite.clamp(sum + value);
            last = value;
        }

        MetricRollup rollup(String metric, Instant minute) {
            return new MetricRollup(metric, minute, samples, min, max, sum, last);
        }
    }
}
