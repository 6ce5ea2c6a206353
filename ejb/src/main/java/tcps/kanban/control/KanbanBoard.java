package tcps.kanban.control;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.function.ToLongFunction;
import tcps.kanban.entity.KanbanBucket;
import tcps.kanban.entity.KanbanBucketStore;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;

/** The buckets: their WIP status, and pausing or resuming new-work intake (the self-healing engine does this). */
@Stateless
public class KanbanBoard {

    @Inject
    KanbanBucketStore buckets;

    @Inject
    QueuedWork queued;

    @Inject
    Event<IntakePaused> paused;

    @Inject
    Event<IntakeResumed> resumed;

    /** The bucket, row-locked for this transaction; a name that is not configured is the caller's mistake. */
    public KanbanBucket lock(String name) {
        return buckets.lock(name).orElseThrow(() -> new InvalidCommand("No Kanban bucket named '" + name + "'."));
    }

    /** The bucket as last committed, without a lock: enough to see whether a pull is worth trying. */
    public KanbanBucket find(String name) {
        return buckets.find(name).orElseThrow(() -> new InvalidCommand("No Kanban bucket named '" + name + "'."));
    }

    /** In Java's string order, the one order in which a transaction locks several buckets (no crosswise waits). */
    public List<String> names() {
        return buckets.all().stream().map(KanbanBucket::getName).sorted().toList();
    }

    public WipStatus status(String name) {
        return statusOf(buckets.find(name).orElseThrow(() -> new UnknownEntity("Kanban bucket", name)));
    }

    public List<WipStatus> statuses() {
        return statuses(queued::count);
    }

    /** With queue depths known elsewhere: counting a queue reads every row in it. */
    public List<WipStatus> statuses(ToLongFunction<String> queueDepth) {
        return buckets.all().stream()
                .map(bucket -> statusOf(bucket, queueDepth.applyAsLong(bucket.getName())))
                .toList();
    }

    /** Pauses intake of one bucket, or of all when {@code name} is null: queued work stays queued, nothing is lost. */
    public List<WipStatus> pause(String name) {
        return setPaused(name, true);
    }

    public List<WipStatus> resume(String name) {
        return setPaused(name, false);
    }

    private List<WipStatus> setPaused(String name, boolean pause) {
        List<KanbanBucket> affected = name == null
                ? buckets.all().stream().map(bucket -> lock(bucket.getName())).toList()
                : List.of(lock(name));
        Instant now = Timestamps.now();
        for (KanbanBucket bucket : affected) {
            bucket.setIntakePaused(pause);
            if (pause) {
                paused.fire(new IntakePaused(bucket.getName(), now));
            } else {
                resumed.fire(new IntakeResumed(bucket.getName(), now));
            }
        }
        return affected.stream().map(this::statusOf).toList();
    }

    private WipStatus statusOf(KanbanBucket bucket) {
        return statusOf(bucket, queued.count(bucket.getName()));
    }

    private static WipStatus statusOf(KanbanBucket bucket, long queueDepth) {
        int limit = bucket.getWipLimit();
        int current = bucket.getWip();
        Double average = bucket.getPulls() == 0 ? null : (double) bucket.getPullLatencyTotalMs() / bucket.getPulls();
        return new WipStatus(
                bucket.getName(),
                current,
                limit,
                Math.max(0, limit - current),
                limit == 0 ? 0.0 : (double) current / limit,
                queueDepth,
                bucket.isIntakePaused(),
                new WipStatus.PullSignal(bucket.getPulls(), bucket.getLastPullLatencyMs(), average));
    }
}
