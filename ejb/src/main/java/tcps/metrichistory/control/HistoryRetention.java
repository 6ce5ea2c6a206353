package tcps.metrichistory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.storage.entity.Timestamps;

/** Keeps history for the configured number of days: older minutes are purged every ten minutes, or on demand. */
@ApplicationScoped
public class HistoryRetention {

    private static final Logger LOG = Logger.getLogger(HistoryRetention.class.getName());
    static final Duration PURGE_EVERY = Duration.ofMinutes(10);

    @Inject
    RollupWriter writer;

    @Inject
    @ConfigProperty(name = "tcps.metrichistory.retention-days", defaultValue = "7")
    int retentionDays;

    private final AtomicReference<Instant> lastPurge = new AtomicReference<>();

    /** Purges when the last purge is ten minutes old (or none ran since start-up). */
    public void purgeIfDue(Instant now) {
        Instant last = lastPurge.get();
        if (last == null || !now.isBefore(last.plus(PURGE_EVERY))) {
            if (lastPurge.compareAndSet(last, now)) {
                Purged purged = purge(now);
                if (purged.deleted() > 0) {
                    LOG.info(() -> "Purged " + purged.deleted() + " metric history rows before " + purged.before());
                }
            }
        }
    }

    public Purged purge() {
        return purge(Timestamps.now());
    }

    private Purged purge(Instant now) {
        Instant cutoff = now.minus(Duration.ofDays(retentionDays));
        return new Purged(cutoff, writer.purgeBefore(cutoff));
    }

    /** What a purge removed: every minute before {@code before}. */
    public record Purged(Instant before, int deleted) {}
}
