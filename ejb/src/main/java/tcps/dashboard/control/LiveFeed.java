package tcps.dashboard.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.storage.entity.Timestamps;

/**
 * The dashboard's event feed. Publishing numbers an event, keeps it in a bounded replay buffer (so a client that
 * reconnects with the last id it saw gets exactly what it missed) and announces it as a {@link LiveEvent}, strictly in
 * id order (the streams rely on it), on one thread of its own: fan-out to the streams never runs on the thread that
 * committed the change. (Not a task per event on the managed executor: capturing the context for each task costs far
 * more than delivering.)
 */
@ApplicationScoped
public class LiveFeed {

    private static final Logger LOG = Logger.getLogger(LiveFeed.class.getName());

    @Inject
    @ConfigProperty(name = "tcps.stream.replay-size", defaultValue = "1000")
    int replaySize;

    @Inject
    Event<LiveEvent> announcements;

    @Resource
    ManagedThreadFactory threads;

    private final Jsonb jsonb = JsonbBuilder.create();
    private final ArrayDeque<LiveEvent> replay = new ArrayDeque<>();
    private final BlockingQueue<List<LiveEvent>> undelivered = new LinkedBlockingQueue<>();
    private Thread dispatcher;
    // Ids start from the boot time so that an id from before a restart is never taken for a newer one
    private long lastId = System.currentTimeMillis() * 1000;
    // Below this id events are gone (pushed out of the buffer, or sent before the restart)
    private long lastEvictedId = lastId;

    @PostConstruct
    void start() {
        if (replaySize < 1) {
            throw new IllegalStateException("tcps.stream.replay-size must be at least 1, not " + replaySize);
        }
        dispatcher = threads.newThread(this::dispatch);
        dispatcher.setName("tcps-live-feed");
        dispatcher.start();
    }

    @PreDestroy
    void stop() {
        dispatcher.interrupt();
    }

    /** Numbers, keeps and announces an event; {@code replayable} false for events only meaningful now (heartbeats). */
    public LiveEvent publish(String type, String channel, Object payload, boolean replayable) {
        return publishAll(type, channel, List.of(payload), replayable).get(0);
    }

    /**
     * Publishes events of one type together, as one committed transaction produced them: they reach the dispatcher in
     * one hand-over, so a group of changes wakes its thread once rather than once per change.
     */
    public List<LiveEvent> publishAll(String type, String channel, List<?> payloads, boolean replayable) {
        if (payloads.isEmpty()) {
            return List.of();
        }
        List<LiveEvent> events = new ArrayList<>(payloads.size());
        Instant now = Timestamps.now();
        synchronized (replay) {
            for (Object payload : payloads) {
                LiveEvent event = new LiveEvent(++lastId, type, channel, now, () -> jsonb.toJson(payload));
                if (replayable) {
                    if (replay.size() == replaySize) {
                        lastEvictedId = replay.removeFirst().id();
                    }
                    replay.addLast(event);
                }
                events.add(event);
            }
            undelivered.add(events); // under the lock: queued in id order
        }
        return events;
    }

    private void dispatch() {
        while (true) {
            List<LiveEvent> events;
            try {
                events = undelivered.take();
            } catch (InterruptedException e) {
                return; // the application is stopping
            }
            for (LiveEvent event : events) {
                try {
                    announcements.fire(event);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "A live-feed observer failed on " + event.type(), e);
                }
            }
        }
    }

    /**
     * The kept events after {@code lastSeenId}, oldest first; empty when the buffer no longer reaches back that far
     * (or names an id this feed never gave, as after a restart): the caller then knows events were lost and should
     * reload rather than trust the stream.
     */
    public Optional<List<LiveEvent>> after(long lastSeenId) {
        synchronized (replay) {
            if (lastSeenId < lastEvictedId || lastSeenId > lastId) {
                return Optional.empty();
            }
            return Optional.of(replay.stream().filter(e -> e.id() > lastSeenId).toList());
        }
    }

    public long lastId() {
        synchronized (replay) {
            return lastId;
        }
    }
}
