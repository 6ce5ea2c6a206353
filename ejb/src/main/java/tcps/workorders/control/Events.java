package tcps.workorders.control;

import java.time.Instant;
import java.util.List;
import tcps.workorders.entity.WorkOrder;

final class Events {

    private Events() {}

    static WorkOrderChanges of(WorkOrder workOrder, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanges(List.of(change(workOrder, change, at)));
    }

    static WorkOrderChanges of(List<WorkOrder> workOrders, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanges(workOrders.stream()
                .map(workOrder -> change(workOrder, change, at))
                .toList());
    }

    private static WorkOrderChanged change(WorkOrder workOrder, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanged(
                workOrder.getId(),
                change,
                workOrder.getStatus(),
                workOrder.getBucket(),
                workOrder.getSkuId(),
                workOrder.getStage(),
                at);
    }
}
