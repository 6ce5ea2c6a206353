package tcps.metrics.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.util.List;
import tcps.tpm.control.TpmStatus;

/** TPM figures of the whole line over the TPM window ({@code tcps.tpm.window-days}); MTBF and MTTR in seconds. */
@JsonbNillable
public record TpmMetrics(
        double uptime,
        double uptimePercent,
        Instant lastMaintenanceAt,
        double maintenanceCompliance,
        long tasksDue,
        long tasksCompletedOnTime,
        Double mtbfSeconds,
        Double mttrSeconds,
        long failures,
        long unrecoveredFailures,
        Instant from,
        Instant to,
        List<String> simulated) {

    static TpmMetrics of(TpmStatus status) {
        return new TpmMetrics(
                status.uptime(),
                status.uptime() * 100,
                status.lastMaintenanceAt(),
                status.maintenanceCompliance(),
                status.tasksDue(),
                status.tasksCompletedOnTime(),
                status.mtbfSeconds(),
                status.mttrSeconds(),
                status.failures(),
                status.unrecoveredFailures(),
                status.from(),
                status.to(),
                List.of());
    }

    /** The same figures with simulated uptime, compliance, MTBF and MTTR. */
    TpmMetrics simulate(
            double simUptime, double simCompliance, Double simMtbf, Double simMttr, List<String> parameters) {
        return new TpmMetrics(
                simUptime,
                simUptime * 100,
                lastMaintenanceAt,
                simCompliance,
                tasksDue,
                tasksCompletedOnTime,
                simMtbf,
                simMttr,
                failures,
                unrecoveredFailures,
                from,
                to,
                parameters);
    }
}
