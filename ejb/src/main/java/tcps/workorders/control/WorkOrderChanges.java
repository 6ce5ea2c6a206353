package tcps.workorders.control;

import java.util.List;

/**
 * The work-order changes of one command, fired once inside its transaction: a run of created work orders, or the
 * work a bucket pulled, is one event. Observers that wait for the commit are each notified once per event, and that
 * notification cost more than applying a change.
 */
public record WorkOrderChanges(List<WorkOrderChanged> changes) {

    public WorkOrderChanges {
        changes = List.copyOf(changes);
    }
}
