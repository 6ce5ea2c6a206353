package tcps.metrichistory.control;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.metrichistory.entity.MetricRollup;
import tcps.metrics.control.MetricSource;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;
import tcps.workorders.control.LineTick;

/**
 * Samples every {@link MetricSource} on the line's tick and writes each minute's rollups when the minute ends, one
 * batch per minute. A tick never fails: a source that throws is skipped, a failed write is logged and the next minute
 * is written as usual; a tick arriving while a flush or a slow write holds the lock is skipped, never queued.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Sources are read outside any transaction; the writer writes in transactions of its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HistoryRecorder {

    private static final Logger LOG = Logger.getLogger(HistoryRecorder.class.getName());
    // Ticks come every 5 s with some jitter; a tick slightly early still samples.
    private static final Duration JITTER = Duration.ofSeconds(1);

    @Inject
    @Any
    Instance<MetricSource> sources;

    @Inject
    RollupWriter writer;

    @Inject
    HistoryRetention retention;

    @Inject
    @ConfigProperty(name = "tcps.metrichistory.sample-interval-seconds", defaultValue = "5")
    long sampleIntervalSeconds;

    // Guards the rollup and lastSample: the container's singleton lock would throw into the tick's other observers.
    private final ReentrantLock lock = new ReentrantLock();
    private final FailureStreak samples = new FailureStreak(LOG, "Metric history sampling");
    private final FailureStreak purges = new FailureStreak(LOG, "Metric history purge");
    private final MinuteRollup rollup = new MinuteRollup();
    private Instant lastSample;

    public void onTick(@Observes LineTick tick) {
        if (sampleIntervalSeconds > 0 && lock.tryLock()) {
            try {
                samples.run(() -> {
                    if (sampleDue(tick.at())) {
                        write(sample(tick.at()));
                    }
                });
            } finally {
                lock.unlock();
            }
        }
        purges.run(() -> retention.purgeIfDue(tick.at()));
    }

    private boolean sampleDue(Instant now) {
        return lastSample == null
                || !Duration.between(lastSample, now)
                        .plus(JITTER)
                        .minusSeconds(sampleIntervalSeconds)
                        .isNegative();
    }

    /**
     * Takes a sample now and writes the minute so far, replacing what an earlier flush wrote for it: to see the
     * current minute in history at once, or to keep it before a shutdown.
     */
    public Flushed flush() {
        lock.lock();
        try {
            write(sample(Timestamps.now()));
            List<MetricRollup> current = rollup.current();
            writer.replace(current);
            return new Flushed(rollup.minute(), current.size());
        } finally {
            lock.unlock();
        }
    }

    private List<MetricRollup> sample(Instant at) {
        lastSample = at;
        return rollup.record(at, collect());
    }

    private void write(List<MetricRollup> closedMinute) {
        if (!closedMinute.isEmpty()) {
            writer.replace(closedMinute);
        }
    }

    private Map<String, Double> collect() {
        Map<String, Double> values = new HashMap<>();
        // Handles, so that a dependent-scoped source is destroyed after each reading.
        for (Instance.Handle<MetricSource> handle : sources.handles()) {
            try {
                MetricSource source = handle.get();
                try {
                    values.putAll(source.currentValues());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Metric source " + source.getClass().getName() + " failed", e);
                }
            } finally {
                handle.destroy();
            }
        }
        return values;
    }

    /** What a flush wrote: the minute and how many metrics it held. */
    public record Flushed(Instant minute, int metrics) {}
}
