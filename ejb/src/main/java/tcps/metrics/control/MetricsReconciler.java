package tcps.metrics.control;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.timers.control.FailureStreak;

/** Rebuilds the metrics at start-up, then reconciles them with the database on every {@link MetricsTick}. */
@Singleton
@Startup
@DependsOn({"SchemaMigrator", "BucketSetup"})
// The stores read outside a transaction
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MetricsReconciler {

    private static final Logger LOG = Logger.getLogger(MetricsReconciler.class.getName());

    @Inject
    MetricsAggregator aggregator;

    private final FailureStreak reconciliations = new FailureStreak(LOG, "Metrics reconciliation");

    @PostConstruct
    void start() {
        try {
            aggregator.refresh();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics could not be rebuilt at start-up; the next reconciliation retries", e);
        }
    }

    public void reconcile(@Observes MetricsTick tick) {
        reconciliations.run(aggregator::reconcile);
    }
}
