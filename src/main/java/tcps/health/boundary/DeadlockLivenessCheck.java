package tcps.health.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Dead once threads are deadlocked: only a restart frees them, which is what a liveness probe is for. */
@Liveness
@ApplicationScoped
public class DeadlockLivenessCheck implements HealthCheck {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @Override
    public HealthCheckResponse call() {
        long[] deadlocked = threads.findDeadlockedThreads();
        int count = deadlocked == null ? 0 : deadlocked.length;
        return HealthCheckResponse.named("no-deadlocked-threads")
                .status(count == 0)
                .withData("deadlockedThreads", count)
                .withData("liveThreads", threads.getThreadCount())
                .build();
    }
}
