package tcps.workorders.control;

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
 * Fires the line's {@link LineTick} every five seconds and does nothing else: the pull sweep, the demo line and the
 * metric history observe it. A failure escaping an observer is caught here, so the timer lives on.
 */
@Singleton
// Observers run in transactions of their own: a rollback must not count against the timer.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LineScheduler {

    private static final Logger LOG = Logger.getLogger(LineScheduler.class.getName());

    @Inject
    Event<LineTick> ticks;

    private final FailureStreak failures = new FailureStreak(LOG, "The line tick");

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
    void tick() {
        failures.run(() -> ticks.fire(new LineTick(Timestamps.now())));
    }
}
