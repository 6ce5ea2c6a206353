package tcps.dashboard.control;

import java.time.Instant;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.andon.entity.Severity;
import tcps.health.control.HealthChanged;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.entity.WorkOrderStatus;

/** The JSON bodies of the live feed's change events (the dashboard protocol's fields, named and valued as the REST API
 * names them).
 */
public final class LivePayloads {

    private LivePayloads() {}

    public record AndonTriggeredPayload(
            long eventId,
            String failureType,
            String skuId,
            Severity severity,
            Long workOrderId,
            String stage,
            Instant triggeredAt) {}

    public record Resolution(Instant resolvedAt, long resolutionTimeMs) {}

    public record AndonResolvedPayload(long eventId, Long workOrderId, Severity severity, Resolution resolution) {}

    public record WorkOrderUpdatePayload(
            long workOrderId,
            WorkOrderChanged.Change change,
            WorkOrderStatus status,
            String bucket,
            String skuId,
            String stage,
            Instant at) {}

    public record HealthChangedPayload(
            String component, String from, String to, String reason, boolean simulated, Instant at) {}

    static AndonTriggeredPayload of(AndonTriggered a) {
        return new AndonTriggeredPayload(
                a.andonId(), a.failureType(), a.skuId(), a.severity(), a.workOrderId(), a.stage(), a.triggeredAt());
    }

    static AndonResolvedPayload of(AndonResolved a) {
        return new AndonResolvedPayload(
                a.andonId(),
                a.workOrderId(),
                a.severity(),
                new Resolution(a.resolvedAt(), a.resolutionTime().toMillis()));
    }

    static WorkOrderUpdatePayload of(WorkOrderChanged c) {
        return new WorkOrderUpdatePayload(
                c.workOrderId(), c.change(), c.status(), c.bucket(), c.skuId(), c.stage(), c.at());
    }

    static HealthChangedPayload of(HealthChanged c) {
        return new HealthChangedPayload(
                c.component(),
                c.from() == null ? null : c.from().label(),
                c.to().label(),
                c.reason(),
                c.simulated(),
                c.at());
    }
}
