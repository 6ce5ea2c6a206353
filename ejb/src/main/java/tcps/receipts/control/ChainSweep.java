package tcps.receipts.control;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A sweep over every chained SKU in id order, one bounded step per check, starting over when it reaches the end; and
 * the chains found broken, kept until they verify again, so a break found once stays reported.
 */
final class ChainSweep {

    /** The SKUs of one step, and when the last whole sweep ended (null before the first). */
    record Step(List<String> skus, Instant lastCompletedAt) {}

    private final Set<String> broken = ConcurrentHashMap.newKeySet();
    private String cursor; // the last SKU of the previous step; null at the start of a sweep
    private Instant lastCompletedAt;

    /** The next step; {@code after} reads the SKUs that follow a given one (from the first when null). */
    synchronized Step next(Function<String, List<String>> after) {
        List<String> skus = after.apply(cursor);
        if (skus.isEmpty()) {
            lastCompletedAt = Instant.now();
            skus = cursor == null ? skus : after.apply(null);
        }
        cursor = skus.isEmpty() ? null : skus.get(skus.size() - 1);
        return new Step(skus, lastCompletedAt);
    }

    void verified(String sku, boolean valid) {
        if (valid) {
            broken.remove(sku);
        } else {
            broken.add(sku);
        }
    }

    Set<String> broken() {
        return Set.copyOf(broken);
    }
}
