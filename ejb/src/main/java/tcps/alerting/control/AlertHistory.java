package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import tcps.alerting.entity.Alert;
import tcps.alerting.entity.AlertFilter;
import tcps.alerting.entity.AlertStore;
import tcps.alerting.entity.AlertTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Slice;

/** The kept alerts, each with its transitions: what an operator reads to follow an incident. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class AlertHistory {

    @Inject
    AlertStore store;

    public Alert find(long id) {
        Alert alert = store.find(id);
        if (alert == null) {
            throw new UnknownEntity("alert", String.valueOf(id));
        }
        return alert;
    }

    public List<AlertTransition> transitions(long id) {
        return store.transitions(id);
    }

    @Transactional(TxType.REQUIRED)
    public int purgeResolvedBefore(java.time.Instant cutoff) {
        return store.purgeResolvedBefore(cutoff);
    }

    public Slice<Alert> list(AlertFilter filter, int offset, int limit) {
        return store.history(filter, offset, limit);
    }
}
