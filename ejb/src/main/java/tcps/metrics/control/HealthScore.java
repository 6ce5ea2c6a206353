package tcps.metrics.control;

/**
 * The system health score, 0..100: a weighted mean of four parts, each 0..1. Andon (30 %): 1 less 0.25 per open
 * critical and 0.05 per open warning event, at least 0. Quality (30 %): the quality-gate pass rate (1 without
 * results). Uptime (20 %): TPM uptime. Flow (20 %): the share of started work orders that are not blocked (1 when
 * none is started). 90 and above is healthy, 70 and above degraded, below that critical.
 */
public final class HealthScore {

    private HealthScore() {}

    public static double of(
            long openCritical, long openWarning, Double gatePassRate, double uptime, long active, long blocked) {
        double andon = Math.max(0, 1 - 0.25 * openCritical - 0.05 * openWarning);
        double quality = gatePassRate == null ? 1 : gatePassRate;
        double flow = active == 0 ? 1 : 1 - (double) blocked / active;
        double score = 100 * (0.3 * andon + 0.3 * quality + 0.2 * uptime + 0.2 * flow);
        return Math.round(score * 10) / 10.0;
    }

    public static String status(double score) {
        if (score >= 90) {
            return "healthy";
        }
        return score >= 70 ? "degraded" : "critical";
    }
}
