package tcps.workorders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.andon.entity.Severity;
import tcps.problems.control.InvalidCommand;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStatus;
import tcps.workorders.entity.WorkOrderStore;

/**
 * Jidoka: a critical Andon stops its work order until the Andon is resolved. Runs inside the Andon's transaction, so
 * the Andon and the stop commit together. An Andon naming an unknown work order is refused (and not recorded). Queued
 * work is held in its queue (not pulled) until resolved; ended work has nothing to stop.
 */
@ApplicationScoped
public class AndonStopsTheLine {

    @Inject
    WorkOrderStore workOrders;

    @Inject
    WorkOrderService service;

    public void onTriggered(@Observes AndonTriggered andon) {
        if (andon.workOrderId() == null) {
            return;
        }
        WorkOrder workOrder = workOrders
                .find(andon.workOrderId())
                .orElseThrow(() -> new InvalidCommand("No work order with id " + andon.workOrderId() + "."));
        if (andon.severity() != Severity.CRITICAL) {
            return;
        }
        String reason = "Andon " + andon.andonId() + ": " + andon.failureType();
        if (workOrder.getStatus() == WorkOrderStatus.QUEUED) {
            service.hold(workOrder.getId(), reason);
        } else if (workOrder.getStatus().holdsSlot()) {
            service.block(workOrder.getId(), reason);
        }
    }

    public void onResolved(@Observes AndonResolved andon) {
        if (andon.workOrderId() == null || andon.severity() != Severity.CRITICAL) {
            return;
        }
        workOrders.find(andon.workOrderId()).ifPresent(workOrder -> {
            if (workOrder.getStatus() == WorkOrderStatus.BLOCKED) {
                service.unblock(workOrder.getId());
            } else if (workOrder.getStatus() == WorkOrderStatus.QUEUED && workOrder.getBlockers() > 0) {
                service.release(workOrder.getId());
            }
        });
    }
}
