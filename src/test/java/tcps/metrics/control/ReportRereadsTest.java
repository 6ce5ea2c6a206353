package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
    void aBurstOfWorkOrderChangesCostsOneKanbanRereadShortlyAfter() throws Exception {
        Thread other = new Thread(() -> burst(500));
        other.start();
        burst(500);
        other.join();

        awaitCount(aggregator.kanban::get, 1);
        Thread.sleep(400); // two more delays: nothing else was due
        assertThat(aggregator.kanban).hasValue(1);
        assertThat(aggregator.reports).hasValue(0);
    }

    @Test
    void anyOtherComponentsChangeRereadsEveryReportWhichCoversTheKanbanToo() throws Exception {
        rereads.kanbanChanged();
        rereads.reportsChanged();

        awaitCount(aggregator.reports::get, 1);
        Thread.sleep(400);
        assertThat(aggregator.reports).hasValue(1);
        assertThat(aggregator.kanban).hasValue(0);
    }

    @Test
    void aChangeAfterARereadSchedulesTheNextOneEvenWhenTheLastFailed() throws Exception {
        aggregator.failNext.set(true);
        rereads.kanbanChanged();
        awaitCount(aggregator.kanban::get, 1);

        rereads.kanbanChanged();
        awaitCount(aggregator.kanban::get, 2);
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

    /** Counts the re-reads it is asked for instead of reading the database. */
    static final class CountingAggregator extends MetricsAggregator {
        final AtomicInteger kanban = new AtomicInteger();
        final AtomicInteger reports = new AtomicInteger();
        final AtomicBoolean failNext = new AtomicBoolean();

        @Override
        void rereadKanban() {
            kanban.incrementAndGet();
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("the database is away");
            }
        }

        @Override
        void rereadReports() {
            reports.incrementAndGet();
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
