package tcps.metrics.control;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import tcps.andon.control.AndonStatistics;
import tcps.andon.entity.AndonEventStore;
import tcps.kaizen.control.KaizenSummaryReport;
import tcps.kanban.control.KanbanBoard;
import tcps.kanban.control.WipStatus;
import tcps.quality.control.QualitySummaryReport;
import tcps.storage.entity.Timestamps;
import tcps.tpm.control.TpmStatusReport;

/** Reads the components' reports in one transaction; each is a handful of indexed aggregate queries. */
@Stateless
public class LineReader {

    static final int RECENT_ANDONS = 10;
    private static final Duration WEEK = Duration.ofDays(7);

    @Inject
    KanbanBoard kanban;

    @Inject
    AndonStatistics andon;

    @Inject
    AndonEventStore andonEvents;

    @Inject
    QualitySummaryReport quality;

    @Inject
    TpmStatusReport tpm;

    @Inject
    KaizenSummaryReport kaizen;

    /** Every report; queue depths come from {@code queueDepth} (see {@link StatusCounts}). */
    public LineReports read(ToLongFunction<String> queueDepth) {
        Instant now = Timestamps.now();
        Instant weekAgo = now.minus(WEEK);
        List<RecentAndon> recent = recentAndons();
        return new LineReports(
                now,
                kanban.statuses(queueDepth),
                andon.summary(),
                recent,
                quality.summary(null, null, now),
                quality.summary(null, weekAgo, now),
                quality.summary(null, weekAgo.minus(WEEK), weekAgo),
                tpm.status(null, null, now),
                kaizen.summary());
    }

    private List<RecentAndon> recentAndons() {
        return andonEvents.mostRecent(RECENT_ANDONS).stream()
                .map(event -> new RecentAndon(
                        event.getId(),
                        event.getFailureType(),
                        event.getSeverity().name(),
                        event.getSkuId(),
                        event.getWorkOrderId(),
                        event.getStage(),
                        event.getStatus().name(),
                        event.getEscalationLevel(),
                        event.getTriggeredAt(),
                        event.getResolvedAt()))
                .toList();
    }

    /**
     * {@code current} with the reports of {@code components} (kanban, andon, quality, tpm, kaizen) read anew: a change
     * of one component alters only its own report, and reading one is a fraction of reading them all.
     */
    public LineReports reread(LineReports current, Set<String> components, ToLongFunction<String> queueDepth) {
        Instant now = Timestamps.now();
        Instant weekAgo = now.minus(WEEK);
        boolean quality = components.contains("quality");
        boolean andons = components.contains("andon");
        return new LineReports(
                now,
                components.contains("kanban") ? kanban.statuses(queueDepth) : current.kanban(),
                andons ? andon.summary() : current.andon(),
                andons ? recentAndons() : current.recentAndons(),
                quality ? this.quality.summary(null, null, now) : current.quality(),
                quality ? this.quality.summary(null, weekAgo, now) : current.qualityThisWeek(),
                quality ? this.quality.summary(null, weekAgo.minus(WEEK), weekAgo) : current.qualityPreviousWeek(),
                components.contains("tpm") ? tpm.status(null, null, now) : current.tpm(),
                components.contains("kaizen") ? kaizen.summary() : current.kaizen());
    }

    /** The Kanban figures alone: work-order changes alter nothing else in the reports. */
    public List<WipStatus> kanban(ToLongFunction<String> queueDepth) {
        return kanban.statuses(queueDepth);
    }
}
