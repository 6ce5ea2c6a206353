package tcps.notifications.control;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.logging.Logger;
import tcps.timers.control.FailureStreak;

/** One channel's thread: runs its rounds one at a time, and keeps the one earliest timed wake-up it waits for. */
final class ChannelWorker {

    private static final Logger LOG = Logger.getLogger(ChannelWorker.class.getName());

    private final ExecutorService executor;
    private final Runnable round;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final FailureStreak failures;
    private Instant wakeAt;
    private ScheduledFuture<?> wakeUp;

    ChannelWorker(String channel, ThreadFactory threads, Runnable round) {
        this.executor = Executors.newSingleThreadExecutor(threads);
        this.round = round;
        this.failures = new FailureStreak(LOG, "Sending notifications to " + channel);
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            executor.execute(() -> {
                queued.set(false);
                failures.run(round);
            });
        }
    }

    /** Schedules a wake-up at {@code at} unless an earlier one is already due. */
    synchronized void wakeAt(Instant at, Supplier<ScheduledFuture<?>> schedule) {
        if (wakeUp != null && !wakeUp.isDone() && !wakeAt.isAfter(at)) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        wakeAt = at;
        wakeUp = schedule.get();
    }

    void stop() {
        executor.shutdownNow();
    }
}
