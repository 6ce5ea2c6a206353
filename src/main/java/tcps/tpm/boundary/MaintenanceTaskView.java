package tcps.tpm.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import tcps.tpm.entity.MaintenanceTask;

/** A maintenance task as the API shows it; {@code completedAt} is null while the task is open. */
@JsonbNillable
public record MaintenanceTaskView(
        long id,
        String component,
        String description,
        String origin,
        Instant dueAt,
        Instant completedAt,
        boolean completed,
        Instant createdAt) {

    static MaintenanceTaskView of(MaintenanceTask task) {
        return new MaintenanceTaskView(
                task.getId(),
                task.getComponent(),
                task.getDescription(),
                task.getOrigin().name().toLowerCase(),
                task.getDueAt(),
                task.getCompletedAt(),
                task.isCompleted(),
                task.getCreatedAt());
    }
}
