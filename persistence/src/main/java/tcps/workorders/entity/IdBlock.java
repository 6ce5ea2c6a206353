package tcps.workorders.entity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Ids reserved for one transaction, taken from a sequence in one round trip per call: exactly as many as a call needs,
 * or more when the transaction keeps asking (blocks of 1, 2, 4, ... 512), so that at most as many ids are skipped as
 * were used.
 */
final class IdBlock {

    private static final int LARGEST_BLOCK = 512;

    private final Deque<Long> reserved = new ArrayDeque<>();
    private int nextBlock = 1;

    List<Long> take(int count, IntFunction<List<Long>> reserve) {
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
}
