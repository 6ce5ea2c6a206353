package tcps.andon.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import tcps.andon.entity.AndonEventStore;
import tcps.andon.entity.ResolutionStats;
import tcps.andon.entity.Severity;
import tcps.storage.entity.Timestamps;

/** Figures about the line's Andons, each one indexed query. */
@Stateless
public class AndonStatistics {

    static final Duration TRIGGER_WINDOW = Duration.ofHours(1);

    @Inject
    AndonEventStore store;

    public AndonSummary summary() {
        Instant now = Timestamps.now();
        ResolutionStats resolutions = store.resolutionStats();
        AndonSummary.OldestOpen oldestCritical = store.oldestOpen(Severity.CRITICAL)
                .map(event -> new AndonSummary.OldestOpen(
                        event.getId(),
                        event.getSkuId(),
                        event.getTriggeredAt(),
                        event.openDuration(now).toMillis()))
                .orElse(null);
        return new AndonSummary(
                store.countOpen(),
                store.countOpenBySeverity(),
                resolutions.resolved(),
                resolutions.averageMillis(),
                store.countEscalations(),
                store.countTriggered(now.minus(TRIGGER_WINDOW), now.plusMillis(1)),
                oldestCritical,
                now);
    }
}
