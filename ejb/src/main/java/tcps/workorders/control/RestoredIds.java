package tcps.workorders.control;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import tcps.backups.control.DatabaseRestored;
import tcps.workorders.entity.WorkOrderStore;

/**
 * After a restore the work-order ids reserved before it may reach into the restored rows (they may come from
 * another database), so they are dropped; first of all observers, before anything reacting to the restore creates
 * work.
 */
@ApplicationScoped
public class RestoredIds {

    @Inject
    WorkOrderStore workOrders;

    void restored(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) DatabaseRestored restored) {
        workOrders.discardReservedIds();
    }
}
