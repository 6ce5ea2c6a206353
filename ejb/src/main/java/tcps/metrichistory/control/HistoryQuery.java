package tcps.metrichistory.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.metrichistory.entity.MetricRollupStore;
import tcps.storage.entity.Slice;

/** Reads history: one metric over a range in steps, and the names history knows. */
@ApplicationScoped
public class HistoryQuery {

    @Inject
    MetricRollupStore store;

    @Inject
    @ConfigProperty(name = "tcps.metrichistory.max-points", defaultValue = "1440")
    int maxPoints;

    public MetricHistory history(String metric, Instant from, Instant to, String step, Instant now) {
        HistoryRange range = HistoryRange.of(metric, from, to, step, now, maxPoints);
        // The range holds at most maxPoints steps, so at most this many minutes.
        int minutes = (int)
                Math.min(Integer.MAX_VALUE, (long) maxPoints * range.step().toMinutes());
        return new MetricHistory(
                range.metric(),
                range.from(),
                range.to(),
                range.step().toString(),
                StepAggregation.points(
                        store.find(range.metric(), range.from(), range.to(), minutes), range.from(), range.step()));
    }

    public Slice<String> names(String prefix, int offset, int limit) {
        return store.names(prefix == null || prefix.isBlank() ? null : prefix.strip(), offset, limit);
    }
}
