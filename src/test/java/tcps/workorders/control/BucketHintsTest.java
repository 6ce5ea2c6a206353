package tcps.workorders.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import tcps.backups.control.DatabaseRestored;
import tcps.kanban.control.IntakeResumed;
import tcps.workorders.control.WorkOrderChanged.Change;
import tcps.workorders.entity.WorkOrderStatus;

class BucketHintsTest {

    private final AtomicLong now = new AtomicLong();
    private final BucketHints hints = new BucketHints();

    BucketHintsTest() {
        hints.clock = now::get;
        hints.noRoomForMs = 100;
    }

    @Test
    void aBucketFoundWithoutRoomIsTrustedForALittleWhileOnly() {
        assertThat(hints.mayHaveRoom("cost")).isTrue();
        hints.noRoomIn("cost", hints.beforeRead());

        assertThat(hints.mayHaveRoom("cost")).isFalse();
        assertThat(hints.mayHaveRoom("security")).isTrue();
        now.addAndGet(TimeUnit.MILLISECONDS.toNanos(100));
        assertThat(hints.mayHaveRoom("cost")).isFalse();
        now.incrementAndGet();
        assertThat(hints.mayHaveRoom("cost")).isTrue();
    }

    @Test
    void aCommittedChangeThatMayMakeRoomEndsTheHintButNewAndStartedWorkDoesNot() {
        hints.noRoomIn("cost", hints.beforeRead());
        hints.workOrdersChanged(changes(Change.CREATED, Change.STARTED, Change.ADVANCED));
        assertThat(hints.mayHaveRoom("cost")).isFalse();

        for (Change freeing :
                List.of(Change.COMPLETED, Change.FAILED, Change.CANCELLED, Change.BLOCKED, Change.UNBLOCKED)) {
            hints.noRoomIn("cost", hints.beforeRead());
            hints.workOrdersChanged(changes(Change.CREATED, freeing));
            assertThat(hints.mayHaveRoom("cost")).as(freeing.name()).isTrue();
        }

        hints.noRoomIn("cost", hints.beforeRead());
        hints.intakeResumed(new IntakeResumed("cost", Instant.EPOCH));
        assertThat(hints.mayHaveRoom("cost")).isTrue();

        hints.noRoomIn("cost", hints.beforeRead());
        hints.restored(new DatabaseRestored("backup-20261124T000000000Z"));
        assertThat(hints.mayHaveRoom("cost")).isTrue();
    }

    @Test
    void aReadThatBeganBeforeRoomWasFreedIsNotTrusted() {
        long beforeRead = hints.beforeRead();
        hints.workOrdersChanged(changes(Change.COMPLETED)); // committed while the read was under way
        hints.noRoomIn("cost", beforeRead);

        assertThat(hints.mayHaveRoom("cost")).isTrue();
    }

    private static WorkOrderChanges changes(Change... changes) {
        return new WorkOrderChanges(Arrays.stream(changes)
                .map(change -> new WorkOrderChanged(
                        1,
                        change,
                        WorkOrderStatus.IN_PROGRESS,
                        WorkOrderStatus.IN_PROGRESS,
                        "cost",
                        "SKU-1",
                        "testing",
                        Instant.EPOCH,
                        Instant.EPOCH,
                        Instant.EPOCH))
                .toList());
    }
}
