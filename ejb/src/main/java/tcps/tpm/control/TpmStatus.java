package tcps.tpm.control;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;

/**
 * TPM figures for one component, or the whole line when {@code component} is null. Ratios are 0..1, durations in
 * seconds; MTBF and MTTR are null when there is nothing to average, and kept in the JSON as null so readers can tell.
 */
@JsonbNillable
public record TpmStatus(
        String component,
        Instant from,
        Instant to,
        double maintenanceCompliance,
        long tasksDue,
        long tasksCompletedOnTime,
        Instant lastMaintenanceAt,
        double uptime,
        double downtimeSeconds,
        long failures,
        long unrecoveredFailures,
        Double mtbfSeconds,
        Double mttrSeconds) {}
