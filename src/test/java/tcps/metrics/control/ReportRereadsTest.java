package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReportRereadsTest {

    private final CountingAggregator aggregator = new CountingAggregator();
    private final ReportRereads rereads = new ReportRereads();

    ReportRereadsTest() {
        rereads.aggregator = aggregator;
        rereads.threads = new PlainThreads();
        rereads.start();
    }

    @AfterEach
    void stop() {
        rereads.stop();
    }

    @Test
    void aBurstOfWorkOrderChangesIsReadAtOnceThenAtMostOnceAfter200Ms() throws Exception {
        Thread other = new Thread(() -> burst(500));
        other.start();
        burst(500);
        other.join();

        awaitCount(aggregator.calls::size, 1);
        Thread.sleep(500); // the burst's later changes share one more re-read
        assertThat(aggregator.calls).hasSizeBetween(1, 2).allSatisfy(c -> assertThat(c)
                .containsExactly("kanban"));
    }

    @Test
    void aComponentsChangeRereadsItsOwnReportAtOnce() throws Exception {
        long started = System.nanoTime();
        rereads.reportChanged("andon");
        awaitCount(aggregator.calls::size, 1);
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(150);
        assertThat(aggregator.calls.get(0)).containsExactly("andon");

        rereads.reportChanged("quality");
        rereads.kanbanChanged();
        Thread.sleep(300);
        // Read together or one after the other, each once, and nothing else
        List<String> after = aggregator.calls.subList(1, aggregator.calls.size()).stream()
                .flatMap(Set::stream)
                .toList();
        assertThat(after).containsExactlyInAnyOrder("quality", "kanban");
    }

    @Test
    void aChangeAfterARereadSchedulesTheNextOneEvenWhenTheLastFailed() throws Exception {
        aggregator.failNext.set(true);
        rereads.kanbanChanged();
        awaitCount(aggregator.calls::size, 1);

        rereads.kanbanChanged();
        awaitCount(aggregator.calls::size, 2);
    }

    private void burst(int changes) {
        for (int i = 0; i < changes; i++) {
            rereads.kanbanChanged();
        }
    }

    private static void awaitCount(IntSupplier count, int expected) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (count.getAsInt() < expected && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(count.getAsInt()).isEqualTo(expected);
    }

    /** Records the re-reads it is asked for instead of reading the database. */
    static final class CountingAggregator extends MetricsAggregator {
        final List<Set<String>> calls = new CopyOnWriteArrayList<>();
        final AtomicBoolean failNext = new AtomicBoolean();

        @Override
        void reread(Set<String> components) {
            calls.add(Set.copyOf(components));
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the database is away");
            }
        }
    }

    /** The server's thread factory, as far as the re-reads use it. */
    static final class PlainThreads implements ManagedThreadFactory {
        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "report-rereads-test");
            thread.setDaemon(true);
            return thread;
        }

        @Override
        public ForkJoinWorkerThread newThread(ForkJoinPool pool) {
            throw new UnsupportedOperationException("not used by the re-reads");
        }
    }
}
