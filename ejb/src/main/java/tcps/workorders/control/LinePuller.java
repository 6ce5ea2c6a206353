package tcps.workorders.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tcps.kanban.control.IntakeResumed;
import tcps.kanban.control.KanbanBoard;
import tcps.kanban.entity.KanbanBucket;
import tcps.storage.entity.Timestamps;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStatus;
import tcps.workorders.entity.WorkOrderStore;

/**
 * The pull system: a bucket starts queued work while it has free slots and intake is not paused. Every pull and
 * release holds the bucket's row lock, which is what keeps WIP within the limit under concurrent requests.
 */
@Stateless
public class LinePuller {

    @Inject
    KanbanBoard kanban;

    @Inject
    WorkOrderStore workOrders;

    @Inject
    StagePlan stages;

    @Inject
    Event<WorkOrderChanges> changes;

    public void pull(String bucketName) {
        KanbanBucket bucket = kanban.lock(bucketName);
        if (bucket.isIntakePaused()) {
            return;
        }
        Instant now = Timestamps.now();
        List<WorkOrder> started = new ArrayList<>();
        while (bucket.hasFreeSlot()) {
            Optional<WorkOrder> next = workOrders.nextQueued(bucketName);
            if (next.isEmpty()) {
                bucket.queueEmptied();
                break;
            }
            bucket.takeSlot(now);
            next.get().start(stages.first(), now);
            started.add(next.get());
        }
        if (!started.isEmpty()) {
            changes.fire(Events.of(started, WorkOrderStatus.QUEUED, WorkOrderChanged.Change.STARTED, now));
        }
    }

    /** Frees the slot a work order held, then lets the bucket pull the next one. */
    public void release(String bucketName) {
        KanbanBucket bucket = kanban.lock(bucketName);
        bucket.releaseSlot(Timestamps.now(), workOrders.hasQueued(bucketName));
        pull(bucketName);
    }

    public void onIntakeResumed(@Observes IntakeResumed resumed) {
        pull(resumed.bucket());
    }

    /** Any bucket showing a free slot and waiting work pulls now, in one transaction; {@link PullSweep} runs it. */
    public void sweep() {
        for (String name : kanban.names()) {
            KanbanBucket bucket = kanban.find(name);
            if (bucket.hasFreeSlot() && !bucket.isIntakePaused() && workOrders.hasQueued(name)) {
                pull(name);
            }
        }
    }
}
