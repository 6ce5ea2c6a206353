package tcps.workorders.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tcps.workorders.entity.WorkOrder;

/** A work order as the API shows it; {@code stages} only in the detailed view. */
@JsonbPropertyOrder({
    "id",
    "description",
    "priority",
    "bucket",
    "skuId",
    "status",
    "stage",
    "blockers",
    "statusReason",
    "createdAt",
    "startedAt",
    "completedAt",
    "endedAt",
    "leadTimeMs",
    "cycleTimeMs",
    "stages"
})
public record WorkOrderView(
        long id,
        String description,
        String priority,
        String bucket,
        String skuId,
        String status,
        String stage,
        int blockers,
        String statusReason,
        Instant createdAt,
        Instant startedAt,
        Instant completedAt,
        Instant endedAt,
        Long leadTimeMs,
        Long cycleTimeMs,
        List<StageView> stages) {

    public record StageView(String stage, Instant enteredAt, Instant exitedAt, String outcome, long durationMs) {}

    public static WorkOrderView summary(WorkOrder w) {
        return of(w, null);
    }

    public static WorkOrderView detailed(WorkOrder w) {
        Instant now = Instant.now();
        return of(
                w,
                w.getVisits().stream()
                        .map(v -> new StageView(
                                v.getStage(),
                                v.getEnteredAt(),
                                v.getExitedAt(),
                                v.getOutcome(),
                                v.duration(now).toMillis()))
                        .toList());
    }

    private static WorkOrderView of(WorkOrder w, List<StageView> stages) {
        Instant done = w.getCompletedAt();
        return new WorkOrderView(
                w.getId(),
                w.getDescription(),
                w.getPriority().label(),
                w.getBucket(),
                w.getSkuId(),
                w.getStatus().name(),
                w.getStage(),
                w.getBlockers(),
                w.getStatusReason(),
                w.getCreatedAt(),
                w.getStartedAt(),
                done,
                w.getEndedAt(),
                done == null ? null : Duration.between(w.getCreatedAt(), done).toMillis(),
                done == null || w.getStartedAt() == null
                        ? null
                        : Duration.between(w.getStartedAt(), done).toMillis(),
                stages);
    }
}
