package tcps.workorders.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.backups.control.DatabaseRestored;
import tcps.kanban.control.IntakeResumed;
import tcps.workorders.control.WorkOrderChanged.Change;

/**
 * Which Kanban buckets new work orders last found with no room (full, or intake paused), so that they need not read
 * them again for every group. A bucket found so is trusted for {@code tcps.kanban.no-room-hint-ms} at most,
 * and only while nothing that may make room committed here since the read began. Room made by another instance is
 * seen within that time; work it left waiting meanwhile is pulled by the sweep ({@link LinePuller#onTick}).
 */
@ApplicationScoped
public class BucketHints {

    private static final Set<Change> MAY_FREE_ROOM =
            EnumSet.of(Change.COMPLETED, Change.FAILED, Change.CANCELLED, Change.BLOCKED, Change.UNBLOCKED);

    // Counts the committed changes that may have freed room: a read that began before one of them is out of date
    private final AtomicLong roomChanges = new AtomicLong();
    private final Map<String, NoRoom> noRoom = new ConcurrentHashMap<>();
    LongSupplier clock = System::nanoTime;

    @Inject
    @ConfigProperty(name = "tcps.kanban.no-room-hint-ms", defaultValue = "100")
    long noRoomForMs;

    private record NoRoom(long roomChangesBeforeRead, long seenAt) {}

    /** False only while a recent read found no room in the bucket and nothing since may have made some. */
    public boolean mayHaveRoom(String bucket) {
        NoRoom seen = noRoom.get(bucket);
        return seen == null
                || seen.roomChangesBeforeRead() != roomChanges.get()
                || clock.getAsLong() - seen.seenAt() > TimeUnit.MILLISECONDS.toNanos(noRoomForMs);
    }

    /** To be taken before reading a bucket, and handed to {@link #noRoomIn} with what the read found. */
    public long beforeRead() {
        return roomChanges.get();
    }

    public void noRoomIn(String bucket, long beforeRead) {
        noRoom.put(bucket, new NoRoom(beforeRead, clock.getAsLong()));
    }

    void workOrdersChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) WorkOrderChanges changes) {
        if (changes.changes().stream().anyMatch(change -> MAY_FREE_ROOM.contains(change.change()))) {
            roomChanges.incrementAndGet();
        }
    }

    void intakeResumed(@Observes(during = TransactionPhase.AFTER_SUCCESS) IntakeResumed resumed) {
        roomChanges.incrementAndGet();
    }

    void restored(@Observes DatabaseRestored restored) {
        roomChanges.incrementAndGet();
    }
}
