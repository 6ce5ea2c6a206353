package tcps.backups.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;

/**
 * Fires {@link BackupTick} every five minutes and does nothing else; whether a backup is due is for {@link Backups}
 * to decide ({@code tcps.backup.interval-hours}), so the first one is written within five minutes of start-up.
 */
@Singleton
// Backups read through their own snapshot connection
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BackupScheduler {

    private static final Logger LOG = Logger.getLogger(BackupScheduler.class.getName());

    @Inject
    Event<BackupTick> ticks;

    private final FailureStreak failures = new FailureStreak(LOG, "The backup tick");

    @Schedule(hour = "*", minute = "*/5", persistent = false)
    void tick() {
        failures.run(() -> ticks.fire(new BackupTick(Timestamps.now())));
    }
}
