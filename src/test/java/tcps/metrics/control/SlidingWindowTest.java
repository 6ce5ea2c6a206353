package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SlidingWindowTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void percentilesOfAMillionValuesStayWithinOnePercentOfTheExactOnes() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(24), 24, true);
        Random random = new Random(42);
        long[] values = new long[1_000_000];
        for (int i = 0; i < values.length; i++) {
            // lead times from a second to about a day, heavily skewed like real ones
            values[i] = 1_000 + (long) (Math.exp(random.nextDouble() * 11) * 1_000);
            window.record(T0.plusMillis(i * 80L), values[i]);
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        WindowStats stats = window.stats(T0.plusMillis(values.length * 80L));

        assertThat(stats.count()).isEqualTo(values.length);
        assertThat(stats.sum()).isEqualTo(Arrays.stream(values).sum());
        for (double percentile : new double[] {50, 90, 95, 99}) {
            long exact = sorted[(int) Math.ceil(percentile / 100 * sorted.length) - 1];
            assertThat((double) stats.percentile(percentile))
                    .as("p%s", percentile)
                    .isCloseTo(exact, withinPercentage(1));
        }
    }

    @Test
    void theOldestSliceLeavesTheWindowWholeAsTimeMovesOn() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(4), 4, true);
        window.record(T0.plusSeconds(10), 100);
        window.record(T0.plus(Duration.ofHours(1)).plusSeconds(10), 200);
        window.record(T0.plus(Duration.ofHours(3)).plusSeconds(10), 300);

        WindowStats withAll = window.stats(T0.plus(Duration.ofHours(3)).plusSeconds(20));
        assertThat(withAll.count()).isEqualTo(3);
        assertThat(withAll.from()).isEqualTo(T0);
        assertThat(withAll.mean()).isEqualTo(200.0);

        WindowStats later = window.stats(T0.plus(Duration.ofHours(4)).plusSeconds(1));
        assertThat(later.count()).isEqualTo(2);
        assertThat(later.from()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(later.percentile(50)).isEqualTo(200);

        assertThat(window.stats(T0.plus(Duration.ofHours(9))).count()).isZero();
        assertThat(window.stats(T0.plus(Duration.ofHours(9))).percentile(50)).isNull();
        assertThat(window.stats(T0.plus(Duration.ofHours(9))).mean()).isNull();
    }

    @Test
    void aSlotIsReusedForANewSliceAndALateValueForAGoneSliceIsDropped() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(2), 2, false);
        window.record(T0.plusSeconds(1), 5);
        window.record(T0.plus(Duration.ofHours(2)).plusSeconds(1), 7); // same slot, two hours later
        window.record(T0.plusSeconds(2), 9); // belongs to the slice just replaced

        WindowStats stats = window.stats(T0.plus(Duration.ofHours(2)).plusSeconds(5));
        assertThat(stats.count()).isEqualTo(1);
        assertThat(stats.sum()).isEqualTo(7);
        assertThat(stats.percentile(50)).as("no histograms kept").isNull();
    }

    @Test
    void countsPerSliceAndRangesBetweenTwoInstants() {
        SlidingWindow days = new SlidingWindow(Duration.ofDays(14), 14, false);
        for (int day = 0; day < 14; day++) {
            for (int i = 0; i <= day; i++) {
                days.record(T0.plus(Duration.ofDays(day)).plusSeconds(i), 10L * day);
            }
        }
        Instant now = T0.plus(Duration.ofDays(13)).plusSeconds(3600);
        long[] perDay = days.countsPerSlice(now);
        assertThat(perDay).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);

        WindowStats lastWeek = days.statsBetween(now.minus(Duration.ofDays(7)), now);
        assertThat(lastWeek.count()).isEqualTo(8 + 9 + 10 + 11 + 12 + 13 + 14);
        WindowStats weekBefore = days.statsBetween(now.minus(Duration.ofDays(14)), now.minus(Duration.ofDays(7)));
        assertThat(weekBefore.count()).isEqualTo(1 + 2 + 3 + 4 + 5 + 6 + 7);
        assertThat(weekBefore.sum()).isEqualTo(10L * (2 + 6 + 12 + 20 + 30 + 42));
    }

    @Test
    void theRunningHistogramMatchesTheSlicesWhileReadsAndLateValuesInterleave() {
        SlidingWindow window = new SlidingWindow(Duration.ofHours(6), 6, true);
        Random random = new Random(7);
        List<long[]> recorded = new ArrayList<>(); // {time ms, value}
        long minute = 60_000;
        for (long t = 0; t < 3 * 24 * 60; t++) {
            long at = t * minute;
            long value = 1 + random.nextInt(5_000_000);
            // now and then a value from up to eight hours back, as a rebuild or a late event delivers them
            long when = random.nextInt(20) == 0 ? at - random.nextInt(8 * 60) * minute : at;
            window.record(T0.plusMillis(when), value);
            recorded.add(new long[] {when, value});
            if (t % 37 == 0) {
                WindowStats stats = window.stats(T0.plusMillis(at));
                long from = stats.from().toEpochMilli() - T0.toEpochMilli();
                long[] inside = recorded.stream()
                        .filter(r -> r[0] >= from && r[0] <= at)
                        .mapToLong(r -> r[1])
                        .sorted()
                        .toArray();
                assertThat(stats.count()).isLessThanOrEqualTo(inside.length);
                assertThat(stats.histogram().getTotalCount()).isEqualTo(stats.count());
                if (stats.count() == inside.length && inside.length > 0) {
                    long exact = inside[(int) Math.ceil(0.9 * inside.length) - 1];
                    assertThat((double) stats.percentile(90)).isCloseTo(exact, withinPercentage(1));
                }
            }
        }
    }

    @Test
    void refusesMoreSlicesThanMilliseconds() {
        assertThatThrownBy(() -> new SlidingWindow(Duration.ofMillis(3), 4, true))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
