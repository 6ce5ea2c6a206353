package tcps.export.control;

import java.util.List;
import java.util.function.Consumer;

/**
 * The work orders created in the window, oldest first: {@code total} in the window, at most {@code limit} of them
 * handed out. Rows are read while they are written, so an export never holds all of them at once.
 */
public interface WorkOrderRows {

    long total();

    int limit();

    default boolean truncated() {
        return total() > limit();
    }

    /** What a reader of a truncated export must know. */
    default String truncationNote() {
        return "Only the first " + limit() + " of " + total()
                + " work orders created in the range are listed (oldest first); narrow the range to see the rest.";
    }

    /** Hands each row, at most {@link #limit()}, to {@code action}; answers how many it handed out. */
    long forEach(Consumer<WorkOrderRow> action);

    /** Rows already in memory (tests, small reports). */
    static WorkOrderRows of(List<WorkOrderRow> rows, long total, int limit) {
        return new WorkOrderRows() {
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
                List<WorkOrderRow> handed = rows.subList(0, Math.min(rows.size(), limit));
                handed.forEach(action);
                return handed.size();
            }
        };
    }
}
