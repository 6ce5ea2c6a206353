package tcps.export.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.EntityIds;
import tcps.storage.entity.TimeWindow;
import tcps.workorders.entity.Priority;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStore;

class StoredWorkOrderRowsTest {

    private static final Instant FROM = Instant.parse("2026-01-31T00:00:00Z");
    private static final TimeWindow WINDOW = new TimeWindow(FROM, FROM.plusSeconds(3600));

    @Test
    void readsEveryRowOnceInChunksOldestFirstEvenWhenManyShareATimestamp() {
        // Ten rows per second: a chunk often ends in the middle of one timestamp
        ChunkedStore store = new ChunkedStore(1234, 10);

        List<Long> ids = new ArrayList<>();
        long handed = new StoredWorkOrderRows(store, WINDOW, 1234, 10_000).forEach(row -> ids.add(row.id()));

        assertThat(handed).isEqualTo(1234);
        assertThat(ids).hasSize(1234).doesNotHaveDuplicates().isSorted();
        assertThat(store.chunks).isEqualTo(3);
        assertThat(store.largestChunk).isEqualTo(StoredWorkOrderRows.CHUNK);
    }

    @Test
    void stopsAtTheLimitWithoutReadingFurther() {
        ChunkedStore store = new ChunkedStore(3000, 7);

        List<Long> ids = new ArrayList<>();
        long handed = new StoredWorkOrderRows(store, WINDOW, 3000, 1200).forEach(row -> ids.add(row.id()));

        assertThat(handed).isEqualTo(1200);
        assertThat(ids).hasSize(1200).isSorted().startsWith(1L).endsWith(1200L);
        // 500 + 500 + 200: the last chunk asks only for what the limit leaves
        assertThat(store.chunks).isEqualTo(3);
        assertThat(store.lastMax).isEqualTo(200);
    }

    @Test
    void anEmptyRangeReadsOnce() {
        ChunkedStore store = new ChunkedStore(0, 1);

        assertThat(new StoredWorkOrderRows(store, WINDOW, 0, 10_000).forEach(row -> {}))
                .isZero();
        assertThat(store.chunks).isEqualTo(1);
    }

    /** Answers createdBetween from memory, as the query would, and counts the chunks asked for. */
    private static final class ChunkedStore extends WorkOrderStore {

        private final List<WorkOrder> rows = new ArrayList<>();
        int chunks;
        int largestChunk;
        int lastMax;

        ChunkedStore(int count, int perSecond) {
            for (int i = 1; i <= count; i++) {
                WorkOrder order = new WorkOrder(
                        "row " + i, Priority.LOW, "cost", "SKU-" + i, FROM.plusSeconds((i - 1) / perSecond));
                EntityIds.withId(order, i);
                rows.add(order);
            }
        }

        @Override
        public List<WorkOrder> createdBetween(Instant from, Instant to, Instant afterCreatedAt, long afterId, int max) {
            chunks++;
            lastMax = max;
            List<WorkOrder> chunk = rows.stream()
                    .filter(w ->
                            !w.getCreatedAt().isBefore(from) && w.getCreatedAt().isBefore(to))
                    .filter(w -> afterCreatedAt == null
                            || w.getCreatedAt().isAfter(afterCreatedAt)
                            || (w.getCreatedAt().equals(afterCreatedAt) && w.getId() > afterId))
                    .sorted(Comparator.comparing(WorkOrder::getCreatedAt).thenComparing(WorkOrder::getId))
                    .limit(max)
                    .toList();
            largestChunk = Math.max(largestChunk, chunk.size());
            return chunk;
        }
    }
}
