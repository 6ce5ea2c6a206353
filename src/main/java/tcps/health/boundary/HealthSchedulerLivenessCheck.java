package tcps.health.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import tcps.health.control.ComponentHealthMonitor;
import tcps.health.control.HealthScheduler;

/**
 * Dead when the component health checks have stopped: no finished check run for three intervals of the health timer
 * (counted from the timer's start until the first run), whether the timer was cancelled, its tick is stuck in an
 * observer or every run fails. A stuck or cancelled timer only comes back with a restart. Database trouble does not
 * fail it: a check that finds the database away still runs.
 */
@Liveness
@ApplicationScoped
public class HealthSchedulerLivenessCheck implements HealthCheck {

    static final int MISSED_INTERVALS = 3;

    @EJB
    HealthScheduler scheduler;

    @EJB
    ComponentHealthMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Instant since = monitor.lastRunAt().orElse(scheduler.startedAt());
        Duration silence = Duration.between(since, now);
        Duration allowed = scheduler.interval().multipliedBy(MISSED_INTERVALS);
        return HealthCheckResponse.named("health-scheduler")
                .status(silence.compareTo(allowed) <= 0)
                .withData(
                        "lastRunAt", monitor.lastRunAt().map(Instant::toString).orElse("none yet"))
                .withData("intervalSeconds", scheduler.interval().toSeconds())
                .withData("secondsSinceLastRun", silence.toSeconds())
                .build();
    }
}
