package tcps.workorders.control;

import java.time.Instant;
import tcps.workorders.entity.WorkOrder;

final class Events {

    private Events() {}

    static WorkOrderChanged of(WorkOrder workOrder, WorkOrderChanged.Change change, Instant at) {
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
