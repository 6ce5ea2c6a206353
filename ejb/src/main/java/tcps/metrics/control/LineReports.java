package tcps.metrics.control;

import java.time.Instant;
import java.util.List;
import tcps.andon.control.AndonSummary;
import tcps.kaizen.control.KaizenSummary;
import tcps.kanban.control.WipStatus;
import tcps.quality.control.QualitySummary;
import tcps.tpm.control.TpmStatus;

/**
 * The components' own reports, read on every reconciliation: Kanban, Andon, quality, TPM and Kaizen figures and the
 * defect rates of this week and the week before (for the Kaizen trend).
 */
public record LineReports(
        Instant at,
        List<WipStatus> kanban,
        AndonSummary andon,
        List<RecentAndon> recentAndons,
        QualitySummary quality,
        QualitySummary qualityThisWeek,
        QualitySummary qualityPreviousWeek,
        TpmStatus tpm,
        KaizenSummary kaizen) {

    /** These reports with the Kanban figures read anew. */
    public LineReports withKanban(List<WipStatus> statuses) {
        return new LineReports(
                at, statuses, andon, recentAndons, quality, qualityThisWeek, qualityPreviousWeek, tpm, kaizen);
    }
}
