package tcps.alerting.control;

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

/**
 * Fires {@link AlertTick} every {@code tcps.alerting.check-interval-ms} (the product's {@code alert_check_interval},
 * 10 s; at least 1 s) and does nothing else. Installs the default rules first, so the first tick finds them.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertScheduler {

    private static final Logger LOG = Logger.getLogger(AlertScheduler.class.getName());

    @Resource
    TimerService timers;

    @Inject
    Event<AlertTick> ticks;

    @Inject
    AlertRules rules;

    @Inject
    @ConfigProperty(name = "tcps.alerting.check-interval-ms", defaultValue = "10000")
    long intervalMs;

    private final FailureStreak failures = new FailureStreak(LOG, "The alert tick");

    @PostConstruct
    void start() {
        failures.run(rules::installDefaults);
        long interval = Math.max(1000, intervalMs);
        timers.createIntervalTimer(interval, interval, new TimerConfig("alerts", false));
    }

    @Timeout
    void tick() {
        failures.run(() -> ticks.fire(new AlertTick(Timestamps.now())));
    }
}
