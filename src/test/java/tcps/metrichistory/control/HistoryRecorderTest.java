package tcps.metrichistory.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import tcps.metrichistory.entity.MetricRollup;
import tcps.metrics.control.MetricSource;
import tcps.workorders.control.LineTick;

/** The tick path the integration tests switch off: sampling interval, minute ends, failing sources and writes. */
class HistoryRecorderTest {

    private static final Instant MINUTE = Instant.parse("2026-03-01T10:15:00Z");

    private final RecordingStore store = new RecordingStore();
    private final AtomicReference<Double> gauge = new AtomicReference<>(1.0);
    private final MetricSource gaugeSource = () -> Map.of("g", gauge.get());

    private HistoryRecorder recorder(long intervalSeconds, MetricSource... sources) {
        HistoryRecorder recorder = new HistoryRecorder();
        recorder.sources = new Sources(List.of(sources));
        recorder.writer = store;
        recorder.retention = new HistoryRetention();
        recorder.retention.writer = store;
        recorder.retention.retentionDays = 7;
        recorder.sampleIntervalSeconds = intervalSeconds;
        return recorder;
    }

    /** Ticks every five seconds through the minute, the gauge taking the second's value, then one tick after it. */
    private void tickThroughTheMinute(HistoryRecorder recorder) {
        for (int second = 0; second < 60; second += 5) {
            gauge.set((double) second);
            recorder.onTick(new LineTick(MINUTE.plusSeconds(second)));
        }
        recorder.onTick(new LineTick(MINUTE.plusSeconds(60)));
    }

    @Test
    void samplesEveryTickAndWritesTheMinuteWhenItEnds() {
        HistoryRecorder recorder = recorder(5, gaugeSource);

        tickThroughTheMinute(recorder);

        // 0, 5, ..., 55: twelve samples summing to 330
        assertThat(store.writes).containsExactly(List.of(new MetricRollup("g", MINUTE, 12, 0, 55, 330, 55)));
    }

    @Test
    void ticksCloserThanTheIntervalAreSkipped() {
        HistoryRecorder recorder = recorder(15, gaugeSource);

        tickThroughTheMinute(recorder);

        assertThat(store.writes).containsExactly(List.of(new MetricRollup("g", MINUTE, 4, 0, 45, 90, 45)));
    }

    @Test
    void withoutAnIntervalOnlyAFlushSamples() {
        HistoryRecorder recorder = recorder(0, gaugeSource);
        tickThroughTheMinute(recorder);
        assertThat(store.writes).isEmpty();

        gauge.set(7.0);
        HistoryRecorder.Flushed flushed = recorder.flush();

        assertThat(flushed.metrics()).isEqualTo(1);
        assertThat(store.writes).hasSize(1);
        assertThat(store.writes.get(0)).singleElement().satisfies(rollup -> {
            assertThat(rollup.samples()).isEqualTo(1);
            assertThat(rollup.last()).isEqualTo(7.0);
            assertThat(rollup.minute()).isEqualTo(flushed.minute());
        });
    }

    @Test
    void aFailingSourceIsSkippedAndTheOthersAreRecorded() {
        MetricSource failing = () -> {
            throw new IllegalStateException("broken");
        };
        HistoryRecorder recorder = recorder(5, failing, gaugeSource);

        tickThroughTheMinute(recorder);

        assertThat(store.writes).singleElement().satisfies(rows -> assertThat(rows)
                .extracting(MetricRollup::metric)
                .containsExactly("g"));
    }

    @Test
    void aFailedWriteNeitherFailsTheTickNorStopsTheNextMinute() {
        HistoryRecorder recorder = recorder(5, gaugeSource);
        store.failing = true;

        assertThatCode(() -> tickThroughTheMinute(recorder)).doesNotThrowAnyException();

        store.failing = false;
        recorder.onTick(new LineTick(MINUTE.plusSeconds(125)));
        assertThat(store.writes)
                .singleElement()
                .satisfies(rows -> assertThat(rows.get(0).minute()).isEqualTo(MINUTE.plusSeconds(60)));
    }

    @Test
    void purgesOnTheFirstTickAndThenEveryTenMinutes() {
        HistoryRecorder recorder = recorder(5, gaugeSource);

        recorder.onTick(new LineTick(MINUTE));
        recorder.onTick(new LineTick(MINUTE.plus(Duration.ofMinutes(9))));
        recorder.onTick(new LineTick(MINUTE.plus(Duration.ofMinutes(10))));

        assertThat(store.purgedBefore)
                .containsExactly(
                        MINUTE.minus(Duration.ofDays(7)),
                        MINUTE.plus(Duration.ofMinutes(10)).minus(Duration.ofDays(7)));
    }

    private static final class RecordingStore extends RollupWriter {
        final List<List<MetricRollup>> writes = new ArrayList<>();
        final List<Instant> purgedBefore = new ArrayList<>();
        boolean failing;

        @Override
        public void replace(List<MetricRollup> rollups) {
            if (failing) {
                throw new IllegalStateException("database down");
            }
            writes.add(List.copyOf(rollups));
        }

        @Override
        public int purgeBefore(Instant cutoff) {
            purgedBefore.add(cutoff);
            return 0;
        }
    }

    /** The sources as CDI hands them over; only what the recorder uses. */
    private record Sources(List<MetricSource> sources) implements Instance<MetricSource> {

        @Override
        public Iterable<? extends Handle<MetricSource>> handles() {
            return sources.stream().map(SourceHandle::new).toList();
        }

        @Override
        public Iterator<MetricSource> iterator() {
            return sources.iterator();
        }

        @Override
        public MetricSource get() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instance<MetricSource> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MetricSource> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends MetricSource> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return sources.isEmpty();
        }

        @Override
        public boolean isAmbiguous() {
            return sources.size() > 1;
        }

        @Override
        public void destroy(MetricSource instance) {}

        @Override
        public Handle<MetricSource> getHandle() {
            throw new UnsupportedOperationException();
        }
    }

    private record SourceHandle(MetricSource source) implements Instance.Handle<MetricSource> {

        @Override
        public MetricSource get() {
            return source;
        }

        @Override
        public Bean<MetricSource> getBean() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void destroy() {}

        @Override
        public void close() {}
    }
}
