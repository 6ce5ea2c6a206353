package tcps.workorders.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.ejb.EJBTransactionRolledbackException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tcps.timers.control.SynchronousEvent;

/** Timers never throw: one failing observer keeps neither the next tick nor the other observers from running. */
class LineSchedulerTest {

    private final FailingPuller puller = new FailingPuller();
    private final List<LineTick> seenAfterTheSweep = new CopyOnWriteArrayList<>();

    @Test
    void aFailingSweepStopsNeitherTheNextTickNorTheObserversAfterIt() {
        PullSweep sweep = new PullSweep();
        sweep.puller = puller;
        LineScheduler scheduler = new LineScheduler();
        scheduler.ticks = new SynchronousEvent<>(sweep::onTick, seenAfterTheSweep::add);

        scheduler.tick();
        scheduler.tick();

        assertThat(puller.sweeps).hasValue(2);
        assertThat(seenAfterTheSweep).hasSize(2);
    }

    @Test
    void anObserverThatThrowsAnywayDoesNotStopTheTimer() {
        AtomicInteger ticks = new AtomicInteger();
        LineScheduler scheduler = new LineScheduler();
        scheduler.ticks = new SynchronousEvent<>(tick -> {
            ticks.incrementAndGet();
            throw new IllegalStateException("an observer breaking the rule");
        });

        assertThatCode(scheduler::tick).doesNotThrowAnyException();
        assertThatCode(scheduler::tick).doesNotThrowAnyException();
        assertThat(ticks).hasValue(2);
    }

    /** A sweep whose transaction rolls back every time, as when the database is away. */
    static final class FailingPuller extends LinePuller {
        final AtomicInteger sweeps = new AtomicInteger();

        @Override
        public void sweep() {
            sweeps.incrementAndGet();
            throw new EJBTransactionRolledbackException("the database is away");
        }
    }
}
