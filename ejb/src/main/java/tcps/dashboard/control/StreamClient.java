package tcps.dashboard.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import tcps.storage.entity.Timestamps;

/**
 * One connected stream client: its own queue and a cursor, the id of the last event queued for it. Events at or
 * below the cursor are never queued again, so replay and live delivery cannot duplicate; events are sent one at a
 * time on the executor, so a slow client holds at most one sending thread and never delays the others.
 */
public final class StreamClient {

    private final long id;
    private final StreamSink sink;
    private final int maxBacklog;
    private final BiConsumer<StreamClient, DropReason> onGone;
    private final Instant connectedSince = Timestamps.now();
    private final AtomicLong eventsSent = new AtomicLong();
    private final ArrayDeque<LiveEvent> queue = new ArrayDeque<>(4);
    private long cursor;
    private boolean draining;
    private boolean gone;
    // Since when the client has had something to send without accepting any (System.nanoTime); meaningful while behind
    private long waitingSince;
    private volatile Instant lastSendAt;

    StreamClient(long id, StreamSink sink, long cursor, int maxBacklog, BiConsumer<StreamClient, DropReason> onGone) {
        this.id = id;
        this.sink = sink;
        this.cursor = cursor;
        this.maxBacklog = maxBacklog;
        this.onGone = onGone;
    }

    /** Queues an event after the cursor and moves the cursor to it; false when the backlog is full. */
    synchronized boolean offer(LiveEvent event) {
        if (gone || event.id() <= cursor) {
            return true;
        }
        if (queue.size() >= maxBacklog) {
            return false;
        }
        queue.addLast(event);
        cursor = event.id();
        return true;
    }

    /** Queues an event of this client only (connected, reload) without moving the cursor. */
    synchronized void offerOwn(LiveEvent event) {
        queue.addLast(event);
    }

    /** Moves the cursor on to {@code id} (never back): events up to it are not this client's to receive. */
    synchronized void skipTo(long id) {
        cursor = Math.max(cursor, id);
    }

    synchronized long cursor() {
        return cursor;
    }

    /** Starts sending what is queued on {@code executor}, unless a send for this client is already under way. */
    void drainOn(Executor executor) {
        synchronized (this) {
            if (draining || gone || queue.isEmpty()) {
                return;
            }
            draining = true;
            waitingSince = System.nanoTime();
        }
        executor.execute(() -> drain(executor));
    }

    private void drain(Executor executor) {
        while (true) {
            LiveEvent next;
            synchronized (this) {
                next = gone ? null : queue.pollFirst();
                if (next == null) {
                    draining = false;
                    return;
                }
            }
            CompletableFuture<?> sent;
            try {
                sent = sink.send(next).toCompletableFuture();
            } catch (RuntimeException e) {
                sent = CompletableFuture.failedFuture(e);
            }
            if (!sent.isDone()) { // an asynchronous send: carry on when it completes
                sent.whenComplete((ok, failure) -> {
                    if (accepted(failure)) {
                        executor.execute(() -> drain(executor));
                    }
                });
                return;
            }
            if (!accepted(sent.isCompletedExceptionally() ? new IllegalStateException("send failed") : null)) {
                return;
            }
        }
    }

    private boolean accepted(Throwable failure) {
        if (failure != null) {
            synchronized (this) {
                draining = false;
            }
            leave(DropReason.FAILED);
            return false;
        }
        eventsSent.incrementAndGet();
        lastSendAt = Timestamps.now();
        synchronized (this) {
            waitingSince = System.nanoTime();
        }
        return true;
    }

    /** True when the client has had events to send but accepted none for {@code staleNanos}. */
    synchronized boolean staleAt(long nowNanos, long staleNanos) {
        return !gone && draining && nowNanos - waitingSince > staleNanos;
    }

    boolean sinkClosed() {
        return sink.isClosed();
    }

    /** Marks the client gone (once) and reports why; queued events are dropped. */
    void leave(DropReason reason) {
        synchronized (this) {
            if (gone) {
                return;
            }
            gone = true;
            queue.clear();
        }
        onGone.accept(this, reason);
    }

    void closeSink() {
        try {
            sink.close();
        } catch (RuntimeException e) { // already broken: nothing left to release
        }
    }

    public long id() {
        return id;
    }

    public Instant connectedSince() {
        return connectedSince;
    }

    public long eventsSent() {
        return eventsSent.get();
    }

    public Instant lastSendAt() {
        return lastSendAt;
    }

    public synchronized int queued() {
        return queue.size();
    }
}
