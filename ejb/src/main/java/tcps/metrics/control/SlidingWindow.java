package tcps.metrics.control;

import java.time.Duration;
import java.time.Instant;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Values recorded over the last {@code window}, kept as a ring of slices, each with its count, exact sum and
 * (optionally) an HdrHistogram with three significant digits (0.1 % error). The oldest slice drops whole when time
 * moves past it, so the window covers between {@code window - window/slices} and {@code window} of history. A running
 * histogram of the live slices (a slice is subtracted as it leaves) makes a figure over the window one array copy,
 * not a merge of every slice. Writers and readers take the ring's monitor for a few microseconds; callers read
 * {@link WindowStats} copies.
 */
public final class SlidingWindow {

    private static final int SIGNIFICANT_DIGITS = 3;

    private final long sliceMillis;
    private final Slice[] ring;
    private final boolean histograms;
    // The live slices' histograms added up; null without histograms
    private final Histogram live;
    private long liveNewest = Long.MIN_VALUE;

    public SlidingWindow(Duration window, int slices, boolean histograms) {
        if (slices < 1 || window.toMillis() < slices) {
            throw new IllegalArgumentException("A window of " + window + " cannot be cut into " + slices + " slices");
        }
        this.sliceMillis = window.toMillis() / slices;
        this.histograms = histograms;
        this.live = histograms ? new Histogram(SIGNIFICANT_DIGITS) : null;
        this.ring = new Slice[slices];
        for (int i = 0; i < slices; i++) {
            ring[i] = new Slice();
        }
    }

    /** Records {@code value} (negative values count as 0) as observed at {@code at}. */
    public synchronized void record(Instant at, long value) {
        long index = Math.floorDiv(at.toEpochMilli(), sliceMillis);
        Slice slice = ring[(int) Math.floorMod(index, (long) ring.length)];
        if (slice.index > index) {
            return; // the slot already holds a newer slice: this value's slice has left the window
        }
        if (slice.index != index) {
            retire(slice);
            slice.reset(index);
        }
        long kept = Math.max(0, value);
        slice.count++;
        slice.sum += kept;
        if (histograms) {
            slice.histogram().recordValue(kept);
            if (liveNewest == Long.MIN_VALUE || index > liveNewest - ring.length) {
                live.recordValue(kept);
            } else {
                slice.outsideLive = true; // recorded for a slice already behind the live window
            }
        }
    }

    /** Everything recorded in the slices that lie inside the window ending at {@code now}. */
    public synchronized WindowStats stats(Instant now) {
        long newest = Math.floorDiv(now.toEpochMilli(), sliceMillis);
        long oldest = newest - ring.length + 1;
        long count = 0;
        long sum = 0;
        for (Slice slice : ring) {
            if (slice.index >= oldest && slice.index <= newest) {
                count += slice.count;
                sum += slice.sum;
            } else if (slice.index < oldest) {
                retire(slice);
            }
        }
        liveNewest = Math.max(liveNewest, newest);
        return new WindowStats(Instant.ofEpochMilli(oldest * sliceMillis), count, sum, histogramOf(oldest, newest));
    }

    /**
     * The running histogram when it holds exactly the slices of [oldest, newest]; otherwise (values recorded for a
     * slice already behind the window, a clock stepped back) the slices merged one by one.
     */
    private Histogram histogramOf(long oldest, long newest) {
        if (!histograms) {
            return null;
        }
        boolean runningMatches = true;
        for (Slice slice : ring) {
            boolean inRange = slice.index >= oldest && slice.index <= newest;
            boolean inRunning = !slice.retired && !slice.outsideLive;
            runningMatches &= slice.count == 0 || inRange == inRunning;
        }
        if (runningMatches) {
            return live.copy();
        }
        Histogram merged = new Histogram(SIGNIFICANT_DIGITS);
        for (Slice slice : ring) {
            if (slice.index >= oldest && slice.index <= newest && slice.histogram != null) {
                merged.add(slice.histogram);
            }
        }
        return merged;
    }

    /** Takes a slice's values out of the running histogram once, as it leaves the window or its slot is reused. */
    private void retire(Slice slice) {
        if (histograms && slice.histogram != null && !slice.retired) {
            if (!slice.outsideLive) {
                live.subtract(slice.histogram);
            }
            slice.retired = true;
        }
    }

    /**
     * Everything recorded in the slices after the one holding {@code from}, up to the one holding {@code to}: with
     * day slices, the seven days up to now are {@code (now - 7 days, now]}.
     */
    public synchronized WindowStats statsBetween(Instant from, Instant to) {
        long newest = Math.floorDiv(to.toEpochMilli(), sliceMillis);
        long oldest = Math.max(Math.floorDiv(from.toEpochMilli(), sliceMillis) + 1, newest - ring.length + 1);
        long count = 0;
        long sum = 0;
        for (Slice slice : ring) {
            if (slice.index >= oldest && slice.index <= newest) {
                count += slice.count;
                sum += slice.sum;
            }
        }
        return new WindowStats(Instant.ofEpochMilli(oldest * sliceMillis), count, sum, null);
    }

    /** Counts per slice, oldest first, for the window ending at {@code now}: a trend line. */
    public synchronized long[] countsPerSlice(Instant now) {
        long newest = Math.floorDiv(now.toEpochMilli(), sliceMillis);
        long[] counts = new long[ring.length];
        for (int i = 0; i < ring.length; i++) {
            long index = newest - ring.length + 1 + i;
            Slice slice = ring[(int) Math.floorMod(index, (long) ring.length)];
            counts[i] = slice.index == index ? slice.count : 0;
        }
        return counts;
    }

    public Duration sliceLength() {
        return Duration.ofMillis(sliceMillis);
    }

    private static final class Slice {
        long index = Long.MIN_VALUE;
        long count;
        long sum;
        IntCountsHistogram histogram;
        boolean retired;
        boolean outsideLive;

        void reset(long newIndex) {
            index = newIndex;
            count = 0;
            sum = 0;
            retired = false;
            outsideLive = false;
            if (histogram != null) {
                histogram.reset();
            }
        }

        IntCountsHistogram histogram() {
            if (histogram == null) {
                histogram = new IntCountsHistogram(SIGNIFICANT_DIGITS);
            }
            return histogram;
        }
    }
}
