package tcps.workorders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import tcps.kanban.control.QueuedWork;
import tcps.workorders.entity.WorkOrderStore;

/** The queued work orders of a bucket, as Kanban reads them for its WIP status and its stalled-pull check. */
@ApplicationScoped
public class QueuedWorkOrders implements QueuedWork {

    @Inject
    WorkOrderStore workOrders;

    @Override
    public long count(String bucket) {
        return workOrders.countQueued(bucket);
    }

    @Override
    public boolean any(String bucket) {
        return workOrders.hasQueued(bucket);
    }
}
