package tcps.metrichistory.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import tcps.metrichistory.entity.MetricRollup;

/**
 * Folds minute rollups into steps that start at {@code from} and follow each other: the smallest min, the largest max,
 * the average over every sample (sums over counts, not an average of averages) and the last minute's last value.
 */
public final class StepAggregation {

    private StepAggregation() {}

    /** {@code minutes} oldest first, all at or after {@code from}. */
    public static List<HistoryPoint> points(List<MetricRollup> minutes, Instant from, Duration step) {
        long stepMinutes = step.toMinutes();
        List<HistoryPoint> points = new ArrayList<>();
        long bucket = -1;
        long count = 0;
        double min = 0;
        double max = 0;
        double sum = 0;
        double last = 0;
        for (MetricRollup minute : minutes) {
            long index = Duration.between(from, minute.minute()).toMinutes() / stepMinutes;
            if (index != bucket) {
                if (count > 0) {
                    points.add(point(from, step, bucket, count, min, max, sum, last));
                }
                bucket = index;
                count = 0;
                sum = 0;
                min = minute.min();
                max = minute.max();
            }
            count += minute.samples();
            sum = Finite.clamp(sum + minute.sum());
            min = Math.min(min, minute.min());
            max = Math.max(max, minute.max());
            last = minute.last();
        }
        if (count > 0) {
            points.add(point(from, step, bucket, count, min, max, sum, last));
        }
        return points;
    }

    private static HistoryPoint point(
            Instant from, Duration step, long bucket, long count, double min, double max, double sum, double last) {
        return new HistoryPoint(from.plus(step.multipliedBy(bucket)), count, min, max, sum / count, last);
    }
}
