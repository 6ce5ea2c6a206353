package tcps.workorders.entity;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Ids reserved for one transaction, taken from a sequence in growing blocks (1, 2, 4, ... 512): a single insert costs
 * one round trip, a batch of 500 costs nine, and at most as many ids are skipped as were used.
 */
final class IdBlock {

    private static final int LARGEST_BLOCK = 512;

    private final Deque<Long> reserved = new ArrayDeque<>();
    private int nextBlock = 1;

    long next(IntFunction<List<Long>> reserve) {
        if (reserved.isEmpty()) {
            reserved.addAll(reserve.apply(nextBlock));
            nextBlock = Math.min(nextBlock * 2, LARGEST_BLOCK);
        }
        return reserved.removeFirst();
    }
}
