package tcps.dashboard.control;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import tcps.storage.entity.Timestamps;

/**
 * The stream's clients and the order of what they receive. The feed announces its events in id order ({@link
 * LiveFeed}); each is queued for every client, and each client's queue is sent on {@code sends}. A client reconnecting
 * with {@code Last-Event-ID} gets what it missed from the replay buffer, then live events: registration and fan-out
 * hold the same lock and both go through the client's cursor, so nothing is sent twice and nothing is skipped.
 */
final class StreamHub {

    private final LongFunction<Optional<List<LiveEvent>>> replay;
    private final Executor sends;
    private final int maxBacklog;
    private final Supplier<String> serverVersion;
    private final Function<Object, String> json;
    private final Map<Long, StreamClient> clients = new ConcurrentHashMap<>();
    private final AtomicLong clientIds = new AtomicLong();
    private final LongAdder sentByDeparted = new LongAdder();
    private final Map<DropReason, LongAdder> drops = new EnumMap<>(DropReason.class);
    private final Object fanOut = new Object();
    // The id of the last event announced: clients registering now receive the events after it live
    private long lastAnnounced;

    /**
     * {@code replay} is {@link LiveFeed#after}; {@code lastId} the feed's last id when the hub starts following it;
     * {@code json} writes the stream's own event bodies.
     */
    StreamHub(
            LongFunction<Optional<List<LiveEvent>>> replay,
            long lastId,
            Executor sends,
            int maxBacklog,
            Supplier<String> serverVersion,
            Function<Object, String> json) {
        this.replay = replay;
        this.json = json;
        this.lastAnnounced = lastId;
        this.sends = sends;
        this.maxBacklog = maxBacklog;
        this.serverVersion = serverVersion;
        for (DropReason reason : DropReason.values()) {
            drops.put(reason, new LongAdder());
        }
    }

    /** {@code connected} first, then what a reconnecting client missed (or {@code reload}), then live events. */
    StreamClient open(StreamSink sink, String lastEventId) {
        StreamClient client;
        synchronized (fanOut) {
            long position = lastAnnounced;
            Optional<Long> seen = parse(lastEventId);
            Optional<List<LiveEvent>> missed = seen.flatMap(replay::apply);
            // The cursor starts at what the client has; it reaches the live position once the missed events are queued
            long start = missed.isPresent() ? seen.get() : position;
            client = new StreamClient(clientIds.incrementAndGet(), sink, start, maxBacklog, this::gone);
            clients.put(client.id(), client);
            client.offerOwn(own(
                    StreamEvents.CONNECTED,
                    start,
                    new StreamEvents.Connected(Timestamps.now(), serverVersion.get(), clients.size())));
            if (lastEventId != null && missed.isEmpty()) {
                client.offerOwn(own(
                        StreamEvents.RELOAD,
                        position,
                        new StreamEvents.Reload(lastEventId, position, "events after that id are no longer kept")));
            }
            // Kept events after the live position are not announced yet: they come as live events
            missed.orElse(List.of()).stream().filter(e -> e.id() <= position).forEach(client::offer);
            client.skipTo(position);
        }
        client.drainOn(sends);
        return client;
    }

    void announced(LiveEvent event) {
        synchronized (fanOut) {
            lastAnnounced = event.id();
            for (StreamClient client : clients.values()) {
                if (!client.offer(event)) {
                    client.leave(DropReason.BACKLOG);
                } else {
                    client.drainOn(sends);
                }
            }
        }
    }

    /** Drops closed and stale clients. */
    void sweep(long nowNanos, long staleNanos) {
        for (StreamClient client : clients.values()) {
            if (client.sinkClosed()) {
                client.leave(DropReason.CLOSED);
            } else if (client.staleAt(nowNanos, staleNanos)) {
                client.leave(DropReason.STALE);
            }
        }
    }

    int count() {
        return clients.size();
    }

    List<StreamClient> clients() {
        return clients.values().stream()
                .sorted(Comparator.comparingLong(StreamClient::id))
                .toList();
    }

    StreamStats stats() {
        List<StreamClient> connected = clients();
        long sent = sentByDeparted.sum()
                + connected.stream().mapToLong(StreamClient::eventsSent).sum();
        Map<String, Long> dropped = new LinkedHashMap<>();
        drops.forEach((reason, count) -> dropped.put(reason.name().toLowerCase(), count.sum()));
        long lastId;
        synchronized (fanOut) {
            lastId = lastAnnounced;
        }
        return new StreamStats(
                connected.size(),
                sent,
                dropped,
                lastId,
                connected.stream().map(StreamStats.Client::of).toList());
    }

    void closeAll(DropReason reason) {
        clients.values().forEach(client -> client.leave(reason));
    }

    private void gone(StreamClient client, DropReason reason) {
        if (clients.remove(client.id()) == null) {
            return;
        }
        drops.get(reason).increment();
        sentByDeparted.add(client.eventsSent());
        try { // closing may flush, which may block on a client that stopped reading
            sends.execute(client::closeSink);
        } catch (RejectedExecutionException e) {
            client.closeSink();
        }
    }

    private LiveEvent own(String type, long id, Object payload) {
        return new LiveEvent(id, type, null, Timestamps.now(), () -> json.apply(payload));
    }

    private static Optional<Long> parse(String lastEventId) {
        try {
            return Optional.ofNullable(lastEventId).map(String::trim).map(Long::valueOf);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
