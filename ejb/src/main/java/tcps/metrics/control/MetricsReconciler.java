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
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Rebuilds the metrics at start-up, then reconciles them with the database on every interval. */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "BucketSetup"})
// The stores read outside a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsReconciler {

    private static final Logger LOG = Logger.getLogger(MetricsReconciler.class.getName());

    @Inject
    MetricsAggregator aggregator;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "tcps.metrics.refresh-interval-ms", defaultValue = "5000")
    long refreshIntervalMs;

    @PostConstruct
    void start() {
        try {
            aggregator.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics could not be rebuilt at start-up; the next reconciliation retries", e);
        }
        timers.createIntervalTimer(refreshIntervalMs, refreshIntervalMs, new TimerConfig("metrics", false));
    }

    @Timeout
    void reconcile() {
        try {
            aggregator.reconcile();
        } catch (Throwable e) { // a timer that throws is cancelled for good
            LOG.log(Level.WARNING, "Metrics reconciliation failed; retrying on the next interval", e);
        }
    }
}
