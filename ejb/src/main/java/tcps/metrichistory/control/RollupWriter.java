package tcps.metrichistory.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import tcps.metrichistory.entity.MetricRollup;
import tcps.metrichistory.entity.MetricRollupStore;

/**
 * Writes history in transactions of its own: a minute's rollups replace what was written for that minute before, all
 * or nothing. The recorder calls it outside any transaction, from the tick or a flush.
 */
@Stateless
public class RollupWriter {

    @Inject
    MetricRollupStore store;

    public void replace(List<MetricRollup> rollups) {
        store.replace(rollups);
    }

    public int purgeBefore(Instant cutoff) {
        return store.purgeBefore(cutoff);
    }
}
