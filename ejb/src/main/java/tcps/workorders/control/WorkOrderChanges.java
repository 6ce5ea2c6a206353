package tcps.workorders.control;

import java.time.Instant;
import java.util.List;
import tcps.line.control.LineChange;

/**
 * The work-order changes of one command, fired once inside its transaction: a run of created work orders, or the
 * work a bucket pulled, is one event (never empty). Observers that wait for the commit are each notified once per
 * event, and that notification cost more than applying a change.
 */
public record WorkOrderChanges(List<WorkOrderChanged> changes) implements LineChange {

    public WorkOrderChanges {
        changes = List.copyOf(changes);
    }

    @Override
    public String kind() {
        return "work_orders_changed";
    }

    /** When the last of the changes happened. */
    @Override
    public Instant at() {
        return changes.get(changes.size() - 1).at();
    }
}
