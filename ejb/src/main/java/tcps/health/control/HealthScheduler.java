package tcps.health.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;

/**
 * Fires {@link HealthTick} every {@code tcps.health.check-interval-seconds} (at least one second) and does nothing
 * else. Its start and interval tell the liveness check how long the checks may stay silent.
 */
@Singleton
@Startup
@DependsOn("ComponentHealthMonitor")
// The liveness check reads the start and interval while a tick runs the checks: no lock to wait for
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Observers run outside a transaction: the monitor commits each of its store calls on its own.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HealthScheduler {

    private static final Logger LOG = Logger.getLogger(HealthScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Event<HealthTick> ticks;

    @Inject
    @ConfigProperty(name = "tcps.health.check-interval-seconds", defaultValue = "30")
    long intervalSeconds;

    private final Instant startedAt = Instant.now();
    private final FailureStreak failures = new FailureStreak(LOG, "The health tick");

    @PostConstruct
    void start() {
        long millis = interval().toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig("component-health", false));
    }

    @Timeout
    void tick() {
        failures.run(() -> ticks.fire(new HealthTick(Timestamps.now())));
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration interval() {
        return Duration.ofSeconds(Math.max(1, intervalSeconds));
    }
}
