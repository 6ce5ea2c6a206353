package tcps.workorders.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.logging.Logger;
import tcps.timers.control.FailureStreak;

/**
 * On every line tick, lets each bucket with a free slot pull its waiting work. The sweep's transaction ends inside
 * {@link LinePuller}, so its failures (a rollback shows only at commit) are caught out here: the demo line and the
 * metric history still get the tick.
 */
@ApplicationScoped
public class PullSweep {

    private static final Logger LOG = Logger.getLogger(PullSweep.class.getName());

    @EJB
    LinePuller puller;

    private final FailureStreak failures = new FailureStreak(LOG, "The pull sweep");

    void onTick(@Observes LineTick tick) {
        failures.run(puller::sweep);
    }
}
