package tcps.workorders.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.storage.entity.Timestamps;

/**
 * Ticks every five seconds. A timer whose callback throws twice is cancelled for good, so every failure is caught
 * and logged here; the next tick tries again.
 */
@Singleton
// Observers run in transactions of their own: a rollback must not count against the timer.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LineTicker {

    private static final Logger LOG = Logger.getLogger(LineTicker.class.getName());

    @Inject
    Event<LineTick> ticks;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        try {
            ticks.fire(new LineTick(Timestamps.now()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Line tick failed; retrying on the next tick", e);
        }
    }
}
