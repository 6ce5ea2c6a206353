package tcps.dashboard.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.alerting.control.AlertChanged;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.health.control.HealthChanged;
import tcps.line.control.LineChange;
import tcps.workorders.control.WorkOrderChanges;

/** Puts the production line's committed changes on the live feed, under the dashboard protocol's event names. */
@ApplicationScoped
public class LiveFeedSources {

    private static final Logger LOG = Logger.getLogger(LiveFeedSources.class.getName());

    public static final String ANDON_TRIGGERED = "andon_triggered";
    public static final String ANDON_RESOLVED = "andon_resolved";
    public static final String WORK_ORDER_UPDATE = "work_order_update";
    public static final String HEALTH_CHANGED = "health_changed";

    @Inject
    LiveFeed feed;

    /**
     * The changes the dashboard shows; other changes reach it through the metrics. Health changes are announced
     * outside any transaction and so come here at once (see {@link LineChange}).
     */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LineChange change) {
        if (change instanceof WorkOrderChanges changes) {
            publish(
                    WORK_ORDER_UPDATE,
                    LiveEvent.WORK_ORDER,
                    changes.changes().stream().map(LivePayloads::of).toList());
        } else if (change instanceof AndonTriggered andon) {
            publish(ANDON_TRIGGERED, LiveEvent.ANDON, List.of(LivePayloads.of(andon)));
        } else if (change instanceof AndonResolved andon) {
            publish(ANDON_RESOLVED, LiveEvent.ANDON, List.of(LivePayloads.of(andon)));
        } else if (change instanceof AlertChanged alert) {
            publish(alert.kind(), LiveEvent.ALERTS, List.of(alert.alert()));
        } else if (change instanceof HealthChanged health) {
            publish(HEALTH_CHANGED, LiveEvent.HEALTH, List.of(LivePayloads.of(health)));
        }
    }

    // The change is committed whatever happens here; a failure to announce it must show in the log, not vanish. A
    // transaction's changes go on the feed together (see LiveFeed#publishAll)
    private void publish(String type, String channel, List<?> payloads) {
        try {
            feed.publishAll(type, channel, payloads, true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not put " + type + " on the live feed", e);
        }
    }
}
