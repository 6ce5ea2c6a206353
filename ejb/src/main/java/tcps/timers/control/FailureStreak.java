package tcps.timers.control;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one piece of periodic work without letting a failure escape, and logs failures once per streak. Both matter
 * for ticks: an EJB timer whose callback throws twice is cancelled for good, and a synchronous observer that throws
 * keeps the tick from every observer after it. The first failure of a streak is a warning with its stack trace, the
 * repeats are logged at FINE (a database away for an hour is one warning, not 720), and the first success after
 * them at INFO.
 */
public final class FailureStreak {

    private final Logger log;
    private final String work;
    private int failures;

    /** {@code work} names what runs, as the start of a sentence: "Metrics reconciliation". */
    public FailureStreak(Logger log, String work) {
        this.log = log;
        this.work = work;
    }

    /** Runs {@code task}; true when it finished, false when it failed (and the failure was logged). */
    public boolean run(Runnable task) {
        try {
            task.run();
        } catch (Throwable e) {
            failed(e);
            return false;
        }
        succeeded();
        return true;
    }

    private synchronized void failed(Throwable e) {
        failures++;
        if (failures == 1) {
            log.log(Level.WARNING, work + " failed; further failures in a row are logged at FINE", e);
        } else {
            log.log(Level.FINE, work + " failed again (" + failures + " times in a row)", e);
        }
    }

    private synchronized void succeeded() {
        if (failures > 0) {
            int streak = failures;
            failures = 0;
            log.info(() -> work + " works again after " + streak + " failure(s) in a row");
        }
    }
}
