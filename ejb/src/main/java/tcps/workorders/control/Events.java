package tcps.workorders.control;

import java.time.Instant;
import java.util.List;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStatus;

final class Events {

    private Events() {}

    /** {@code before} is the status the work order had before the change, null for a new one. */
    static WorkOrderChanges of(
            WorkOrder workOrder, WorkOrderStatus before, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanges(List.of(change(workOrder, before, change, at)));
    }

    static WorkOrderChanges of(
            List<WorkOrder> workOrders, WorkOrderStatus before, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanges(workOrders.stream()
                .map(workOrder -> change(workOrder, before, change, at))
                .toList());
    }

    private static WorkOrderChanged change(
            WorkOrder workOrder, WorkOrderStatus before, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanged(
                workOrder.getId(),
                change,
                before,
                workOrder.getStatus(),
                workOrder.getBucket(),
                workOrder.getSkuId(),
                workOrder.getStage(),
                workOrder.getCreatedAt(),
                workOrder.getStartedAt(),
                at);
    }
}
