package tcps.export.control;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import tcps.storage.entity.TimeWindow;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStore;

/**
 * Reads the window's work orders from the store in chunks while the export writes them: outside a transaction each
 * chunk's entities are detached once read, so memory holds one chunk whatever the limit.
 */
final class StoredWorkOrderRows implements WorkOrderRows {

    static final int CHUNK = 500;

    private final WorkOrderStore store;
    private final TimeWindow window;
    private final long total;
    private final int limit;

    StoredWorkOrderRows(WorkOrderStore store, TimeWindow window, long total, int limit) {
        this.store = store;
        this.window = window;
        this.total = total;
        this.limit = limit;
    }

    @Override
    public long total() {
        return total;
    }

    @Override
    public int limit() {
        return limit;
    }

    @Override
    public long forEach(Consumer<WorkOrderRow> action) {
        long handed = 0;
        Instant afterAt = null;
        long afterId = 0;
        while (handed < limit) {
            int size = (int) Math.min(CHUNK, limit - handed);
            List<WorkOrder> chunk = store.createdBetween(window.from(), window.to(), afterAt, afterId, size);
            for (WorkOrder order : chunk) {
                action.accept(WorkOrderRow.of(order));
            }
            handed += chunk.size();
            if (chunk.size() < size) {
                break;
            }
            WorkOrder last = chunk.get(chunk.size() - 1);
            afterAt = last.getCreatedAt();
            afterId = last.getId();
        }
        return handed;
    }
}
