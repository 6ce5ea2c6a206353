package tcps.dashboard.control;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.LongFunction;

/**
 * Puts the feed's events back in id order. The feed numbers every event with consecutive ids but announces them
 * asynchronously, so they may arrive out of order; an event is released once every id before it was. A gap that stays
 * open too long (an announcement lost) is filled from the replay buffer where it can be, and otherwise skipped, so one lost
 * announcement never holds the stream back for good. Not thread-safe: the caller serializes.
 */
final class EventOrder {

    private final TreeMap<Long, LiveEvent> waiting = new TreeMap<>();
    private long next;
    private boolean gapOpen;
    private long gapSince;

    EventOrder(long lastReleasedId) {
        this.next = lastReleasedId + 1;
    }

    /** Takes an announced event; answers the events now released, in id order (ids already released are ignored). */
    List<LiveEvent> offer(LiveEvent event, long nowNanos) {
        if (event.id() >= next) {
            waiting.putIfAbsent(event.id(), event);
        }
        return release(nowNanos);
    }

    /**
     * When the oldest gap has been open for {@code maxWaitNanos}: fills the gaps from {@code kept} (the replay
     * buffer's events after an id), skips what is still missing (events never kept, such as heartbeats; every one was
     * published before the waiting events after it) and releases everything waiting.
     */
    List<LiveEvent> overdue(long nowNanos, long maxWaitNanos, LongFunction<List<LiveEvent>> kept) {
        if (waiting.isEmpty() || nowNanos - gapSince < maxWaitNanos) {
            return List.of();
        }
        long lastWaiting = waiting.lastKey();
        for (LiveEvent event : kept.apply(next - 1)) {
            if (event.id() >= next && event.id() < lastWaiting) {
                waiting.putIfAbsent(event.id(), event);
            }
        }
        List<LiveEvent> released = new ArrayList<>(waiting.values());
        waiting.clear();
        gapOpen = false;
        next = lastWaiting + 1;
        return released;
    }

    long lastReleased() {
        return next - 1;
    }

    int waiting() {
        return waiting.size();
    }

    private List<LiveEvent> release(long nowNanos) {
        List<LiveEvent> released = new ArrayList<>();
        while (!waiting.isEmpty() && waiting.firstKey() == next) {
            released.add(waiting.pollFirstEntry().getValue());
            next++;
        }
        if (!waiting.isEmpty() && (!released.isEmpty() || !gapOpen)) {
            gapSince = nowNanos;
        }
        gapOpen = !waiting.isEmpty();
        return released;
    }
}
