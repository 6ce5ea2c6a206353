package tcps.metrics.control;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import tcps.metrics.entity.StartedWorkOrder;

/**
 * The started work orders by id, with how many are in each stage. The stage counts change with the work orders, so
 * reading them costs nothing per work order: a scan over the open ones ran on every metrics snapshot taken during
 * intake.
 */
final class StartedWorkOrders {

    private final Map<Long, StartedWorkOrder> byId = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> inStage = new ConcurrentHashMap<>();

    StartedWorkOrder get(long id) {
        return byId.get(id);
    }

    /**
     * Replaces the work order with what {@code change} makes of it (given null when it is not known; returning null
     * removes it). Atomic per work order, so concurrent changes to one keep its stage counted once.
     */
    void update(long id, UnaryOperator<StartedWorkOrder> change) {
        byId.compute(id, (key, before) -> {
            StartedWorkOrder after = change.apply(before);
            String from = before == null ? null : before.stage();
            String to = after == null ? null : after.stage();
            if (!Objects.equals(from, to)) {
                count(from, -1);
                count(to, 1);
            }
            return after;
        });
    }

    int size() {
        return byId.size();
    }

    /** Stages holding at least one started work order, by name. */
    Map<String, Long> inStage() {
        Map<String, Long> counts = new TreeMap<>();
        inStage.forEach((stage, count) -> {
            long now = count.get(); // read once: a change in between must not put a zero in
            if (now > 0) {
                counts.put(stage, now);
            }
        });
        return counts;
    }

    private void count(String stage, long delta) {
        if (stage != null) {
            inStage.computeIfAbsent(stage, name -> new AtomicLong()).addAndGet(delta);
        }
    }
}
