package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
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
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.storage.entity.Timestamps;
import tcps.timers.control.FailureStreak;

/** Fires {@link MetricsTick} every {@code tcps.metrics.refresh-interval-ms} and does nothing else. */
@Singleton
@Startup
// The first tick comes one interval after the metrics were rebuilt at start-up
@DependsOn("MetricsReconciler")
// The stores read outside a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsScheduler {

    private static final Logger LOG = Logger.getLogger(MetricsScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Event<MetricsTick> ticks;

    @Inject
    @ConfigProperty(name = "tcps.metrics.refresh-interval-ms", defaultValue = "5000")
    long refreshIntervalMs;

    private final FailureStreak failures = new FailureStreak(LOG, "The metrics tick");

    @PostConstruct
    void start() {
        timers.createIntervalTimer(refreshIntervalMs, refreshIntervalMs, new TimerConfig("metrics", false));
    }

    @Timeout
    void tick() {
        failures.run(() -> ticks.fire(new MetricsTick(Timestamps.now())));
    }
}
