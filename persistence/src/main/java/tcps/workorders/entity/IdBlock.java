package tcps.workorders.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Ids reserved ahead, shared by every transaction: taken from a sequence in one round trip, exactly as many as a call
 * needs, or more while calls keep coming (blocks of 1, 2, 4, ... 512), so that a restart skips fewer ids than were used
 * and a steady intake reserves once every few hundred work orders instead of once per transaction. A sequence value
 * stays taken when its transaction rolls back, so a reserved id is good whatever becomes of the transaction that
 * reserved it.
 */
final class IdBlock {

    private static final int LARGEST_BLOCK = 512;

    private final Deque<Long> reserved = new ArrayDeque<>();
    private int nextBlock = 1;

    synchronized List<Long> take(int count, IntFunction<List<Long>> reserve) {
        if (reserved.size() < count) {
            reserved.addAll(reserve.apply(Math.max(count - reserved.size(), nextBlock)));
            nextBlock = Math.min(nextBlock * 2, LARGEST_BLOCK);
        }
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(reserved.removeFirst());
        }
        return ids;
    }

    /** Forgets the reserved ids: a restored backup from another database may already hold rows with them. */
    synchronized void clear() {
        reserved.clear();
        nextBlock = 1;
    }
}
