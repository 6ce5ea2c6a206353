package tcps.workorders.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tcps.kanban.control.ConfiguredBuckets;
import tcps.kanban.control.KanbanBoard;
import tcps.kanban.entity.KanbanBucket;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;
import tcps.workorders.control.WorkOrderChanged.Change;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStatus;
import tcps.workorders.entity.WorkOrderStore;

/**
 * Commands on work orders. Each runs in one transaction: the change, its receipt (issued by the receipts on
 * {@link StagePassed}), the Kanban slot and the event commit together or not at all.
 */
@Stateless
public class WorkOrderService {

    private static final Set<WorkOrderStatus> RUNNING = Set.of(WorkOrderStatus.IN_PROGRESS);
    private static final Set<WorkOrderStatus> STARTED = Set.of(WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.BLOCKED);

    @Inject
    WorkOrderStore workOrders;

    @Inject
    KanbanBoard kanban;

    @Inject
    LinePuller puller;

    @Inject
    ConfiguredBuckets configured;

    @Inject
    BucketHints hints;

    @Inject
    StagePlan stages;

    @Inject
    Event<StagePassed> passed;

    @Inject
    Event<WorkOrderChanges> changes;

    public WorkOrder create(CreateWorkOrder command) {
        return createAll(List.of(command)).get(0);
    }

    /**
     * Queues the work orders in order, then lets each of their buckets pull at once if it may have room. Work for a
     * full bucket takes no lock, so intake scales; a slot freed while this commits is caught by the pull sweep
     * ({@link LinePuller}). A bucket recently found full is not read again ({@link BucketHints}).
     */
    public List<WorkOrder> createAll(List<CreateWorkOrder> commands) {
        Instant now = Timestamps.now();
        // Pulled in name order: batches naming the same buckets in other orders must not lock them crosswise
        Set<String> buckets = new TreeSet<>();
        List<WorkOrder> created = new ArrayList<>(commands.size());
        for (CreateWorkOrder command : commands) {
            if (!configured.takeNewWork(command.bucket())) {
                throw new InvalidCommand("No Kanban bucket named '" + command.bucket() + "' takes new work.");
            }
            buckets.add(command.bucket());
            created.add(
                    new WorkOrder(command.description(), command.priority(), command.bucket(), command.skuId(), now));
        }
        workOrders.addAll(created);
        changes.fire(Events.of(created, null, Change.CREATED, now));
        for (String name : buckets) {
            if (hints.mayHaveRoom(name)) {
                long beforeRead = hints.beforeRead();
                KanbanBucket bucket = kanban.find(name);
                if (bucket.hasFreeSlot() && !bucket.isIntakePaused()) {
                    puller.pull(name);
                } else {
                    hints.noRoomIn(name, beforeRead);
                }
            }
        }
        return created;
    }

    /** The current stage passed: a receipt is issued and the work order enters the next stage, or completes. */
    public WorkOrder advance(long id) {
        WorkOrder workOrder = locked(id, RUNNING, "advance");
        String next = stages.after(workOrder.getStage()).orElse(null);
        if (next == null) {
            return finish(workOrder);
        }
        Instant now = Timestamps.now();
        WorkOrderStatus before = workOrder.getStatus();
        passed.fire(new StagePassed(workOrder, workOrder.advanceTo(next, now)));
        changes.fire(Events.of(workOrder, before, Change.ADVANCED, now));
        return workOrder;
    }

    /** Completes a work order that is in its last stage. */
    public WorkOrder complete(long id) {
        WorkOrder workOrder = locked(id, RUNNING, "complete");
        if (!stages.isLast(workOrder.getStage())) {
            throw new InvalidStateTransition("Work order " + id + " is at stage " + workOrder.getStage()
                    + "; it completes after the last stage, "
                    + stages.stages().get(stages.stages().size() - 1) + ".");
        }
        return finish(workOrder);
    }

    public WorkOrder fail(long id, String reason) {
        WorkOrder workOrder = locked(id, STARTED, "fail");
        WorkOrderStatus before = workOrder.getStatus();
        workOrder.fail(Timestamps.now(), reason);
        return ended(workOrder, before, Change.FAILED);
    }

    public WorkOrder cancel(long id, String reason) {
        WorkOrder workOrder = locked(
                id, Set.of(WorkOrderStatus.QUEUED, WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.BLOCKED), "cancel");
        WorkOrderStatus before = workOrder.getStatus();
        workOrder.cancel(Timestamps.now(), reason);
        return ended(workOrder, before, Change.CANCELLED);
    }

    /** Stops a started work order; it keeps its WIP slot, as stopped work still occupies the line. */
    public WorkOrder block(long id, String reason) {
        return stop(locked(id, STARTED, "block"), reason);
    }

    /** A queued work order stopped by an Andon: it keeps its place in the queue but is not pulled until released. */
    public WorkOrder hold(long id, String reason) {
        return stop(locked(id, Set.of(WorkOrderStatus.QUEUED), "hold"), reason);
    }

    public WorkOrder unblock(long id) {
        return lift(locked(id, Set.of(WorkOrderStatus.BLOCKED), "unblock"));
    }

    public WorkOrder release(long id) {
        WorkOrder workOrder = lift(locked(id, Set.of(WorkOrderStatus.QUEUED), "release"));
        if (workOrder.getBlockers() == 0) {
            puller.pull(workOrder.getBucket());
        }
        return workOrder;
    }

    private WorkOrder stop(WorkOrder workOrder, String reason) {
        WorkOrderStatus before = workOrder.getStatus();
        workOrder.block(reason);
        changes.fire(Events.of(workOrder, before, Change.BLOCKED, Timestamps.now()));
        return workOrder;
    }

    private WorkOrder lift(WorkOrder workOrder) {
        WorkOrderStatus before = workOrder.getStatus();
        workOrder.unblock();
        changes.fire(Events.of(workOrder, before, Change.UNBLOCKED, Timestamps.now()));
        return workOrder;
    }

    private WorkOrder finish(WorkOrder workOrder) {
        WorkOrderStatus before = workOrder.getStatus();
        passed.fire(new StagePassed(workOrder, workOrder.complete(Timestamps.now())));
        return ended(workOrder, before, Change.COMPLETED);
    }

    private WorkOrder ended(WorkOrder workOrder, WorkOrderStatus before, Change change) {
        changes.fire(Events.of(workOrder, before, change, workOrder.getEndedAt()));
        if (before.holdsSlot()) {
            puller.release(workOrder.getBucket());
        }
        return workOrder;
    }

    private WorkOrder locked(long id, Set<WorkOrderStatus> allowed, String command) {
        WorkOrder workOrder = workOrders.findForUpdate(id).orElseThrow(() -> new UnknownEntity("work order", id));
        if (!allowed.contains(workOrder.getStatus())) {
            throw new InvalidStateTransition(
                    "Cannot " + command + " work order " + id + ": it is " + workOrder.getStatus() + ".");
        }
        return workOrder;
    }
}
