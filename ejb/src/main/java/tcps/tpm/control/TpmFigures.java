package tcps.tpm.control;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import tcps.storage.entity.TimeWindow;
import tcps.tpm.entity.FailureSpan;
import tcps.tpm.entity.MaintenanceTally;

/**
 * The TPM formulas, free of the database so they can be checked with known records.
 *
 * <p>Downtime is the union of failure intervals clipped to the window: when two components are down at once the line
 * is down once, which keeps line uptime within 0..1. An unrecovered failure lasts until now (or the window's end).
 * Failures are counted (for MTBF and MTTR) when they start inside the window.
 */
public final class TpmFigures {

    private TpmFigures() {}

    public static TpmStatus compute(
            String component,
            TimeWindow window,
            Instant now,
            MaintenanceTally tally,
            List<FailureSpan> spans,
            Instant lastMaintenance) {
        double windowSeconds = seconds(window.length());
        double downtime = seconds(downtime(window, now, spans));
        List<FailureSpan> started = spans.stream()
                .filter(span -> !span.failedAt().isBefore(window.from())
                        && !span.failedAt().isAfter(window.to()))
                .toList();
        long unrecovered =
                spans.stream().filter(span -> span.recoveredAt() == null).count();
        return new TpmStatus(
                component,
                window.from(),
                window.to(),
                compliance(tally),
                tally.due(),
                tally.completedOnTime(),
                lastMaintenance,
                1.0 - downtime / windowSeconds,
                downtime,
                started.size(),
                unrecovered,
                started.isEmpty() ? null : (windowSeconds - downtime) / started.size(),
                meanTimeToRecovery(started));
    }

    /** Tasks completed on or before their due time ÷ tasks due; nothing due means nothing was missed. */
    static double compliance(MaintenanceTally tally) {
        return tally.due() == 0 ? 1.0 : (double) tally.completedOnTime() / tally.due();
    }

    static Duration downtime(TimeWindow window, Instant now, List<FailureSpan> spans) {
        Instant horizon = now.isBefore(window.to()) ? now : window.to();
        List<Instant[]> clipped = new ArrayList<>();
        for (FailureSpan span : spans) {
            Instant start = later(span.failedAt(), window.from());
            Instant end = earlier(span.recoveredAt() == null ? now : span.recoveredAt(), horizon);
            if (start.isBefore(end)) {
                clipped.add(new Instant[] {start, end});
            }
        }
        clipped.sort(Comparator.comparing(interval -> interval[0]));
        Duration total = Duration.ZERO;
        Instant coveredUntil = window.from();
        for (Instant[] interval : clipped) {
            Instant start = later(interval[0], coveredUntil);
            if (start.isBefore(interval[1])) {
                total = total.plus(Duration.between(start, interval[1]));
                coveredUntil = interval[1];
            }
        }
        return total;
    }

    /** Mean of recoveredAt − failedAt over the recovered failures; null when none has recovered. */
    static Double meanTimeToRecovery(List<FailureSpan> failures) {
        List<Duration> repairs = failures.stream()
                .filter(span -> span.recoveredAt() != null)
                .map(span -> Duration.between(span.failedAt(), span.recoveredAt()))
                .toList();
        if (repairs.isEmpty()) {
            return null;
        }
        return repairs.stream().mapToDouble(TpmFigures::seconds).sum() / repairs.size();
    }

    private static double seconds(Duration duration) {
        return duration.getSeconds() + duration.getNano() / 1e9;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
