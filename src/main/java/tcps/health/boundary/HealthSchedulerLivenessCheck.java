package tcps.health.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import tcps.health.control.ComponentHealthMonitor;

/**
 * Dead when the component health timer has stopped: no check for three intervals (counted from the start until the
 * first one). A stuck or cancelled timer only comes back with a restart. Database trouble does not fail it: a check
 * that finds the database away still runs.
 */
@Liveness
@ApplicationScoped
public class HealthSchedulerLivenessCheck implements HealthCheck {

    static final int MISSED_INTERVALS = 3;

    @EJB
    ComponentHealthMonitor monitor;

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        Instant since = monitor.lastRunAt().orElse(monitor.startedAt());
        Duration silence = Duration.between(since, now);
        Duration allowed = monitor.interval().multipliedBy(MISSED_INTERVALS);
        return HealthCheckResponse.named("health-scheduler")
                .status(silence.compareTo(allowed) <= 0)
                .withData(
                        "lastRunAt", monitor.lastRunAt().map(Instant::toString).orElse("none yet"))
                .withData("intervalSeconds", monitor.interval().toSeconds())
                .withData("secondsSinceLastRun", silence.toSeconds())
                .build();
    }
}
