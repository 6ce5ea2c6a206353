package tcps.security.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.security.entity.AuditEntry;
import tcps.storage.entity.Timestamps;

/**
 * Records every write without slowing it: entries queue in memory and one writer at a time stores whatever has
 * queued in one transaction (under load, hundreds at once). Like the ingestion's group commit, it is driven by
 * writes arriving, not by a timer. A full queue drops (counted and logged) rather than block a request; entries
 * queued when the server stops are written first. Entries older than {@code tcps.security.audit.retention-days} are
 * pruned at most once an hour.
 */
@ApplicationScoped
public class AuditTrail {

    private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());
    private static final int MAX_BATCH = 500;

    @Inject
    AuditWriter writer;

    @Inject
    @ConfigProperty(name = "tcps.security.audit.retention-days", defaultValue = "90")
    long retentionDays;

    @Resource
    ManagedExecutorService executor;

    private final BlockingQueue<AuditEntry> queued = new ArrayBlockingQueue<>(20_000);
    private final AtomicBoolean writing = new AtomicBoolean();
    private final AtomicLong dropped = new AtomicLong();
    private volatile Instant prunedAt = Instant.EPOCH;

    public void record(Caller caller, String action, String target, int status) {
        String actor = caller == null ? "anonymous" : caller.name();
        String via = caller == null ? "none" : caller.via().name().toLowerCase(java.util.Locale.ROOT);
        String what = target.length() > 2000 ? target.substring(0, 2000) : target;
        if (!queued.offer(new AuditEntry(Timestamps.now(), actor, via, action, what, status))) {
            if (dropped.getAndIncrement() % 1000 == 0) {
                LOG.warning("The audit queue is full: " + dropped.get() + " entries dropped so far");
            }
            return;
        }
        if (writing.compareAndSet(false, true)) {
            executor.execute(this::writeQueued);
        }
    }

    private void writeQueued() {
        try {
            List<AuditEntry> batch = new ArrayList<>();
            while (queued.drainTo(batch, MAX_BATCH) > 0) {
                write(batch);
                batch.clear();
            }
            pruneHourly();
        } finally {
            writing.set(false);
        }
        // An entry queued after the last drain but before the flag fell would otherwise wait for the next write
        if (!queued.isEmpty() && writing.compareAndSet(false, true)) {
            executor.execute(this::writeQueued);
        }
    }

    private void write(List<AuditEntry> batch) {
        try {
            writer.write(batch);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, batch.size() + " audit entries could not be written", e);
        }
    }

    private void pruneHourly() {
        Instant now = Instant.now();
        if (Duration.between(prunedAt, now).toHours() >= 1) {
            prunedAt = now;
            try {
                writer.prune(now.minus(Duration.ofDays(retentionDays)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Old audit entries could not be pruned", e);
            }
        }
    }

    @PreDestroy
    void writeWhatIsQueued() {
        List<AuditEntry> batch = new ArrayList<>();
        while (queued.drainTo(batch, MAX_BATCH) > 0) {
            write(batch);
            batch.clear();
        }
    }
}
