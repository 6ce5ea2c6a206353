package tcps.dashboard.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.control.ServiceInstance;
import tcps.health.control.StreamClientCount;

/**
 * The server-sent-event clients of the live feed ({@link StreamHub} wired to the container): events are sent on a
 * small pool of managed threads, never on a request thread or the thread that published them; once a second closed
 * and stale clients are dropped.
 */
@ApplicationScoped
public class StreamClients implements StreamClientCount {

    private static final Logger LOG = Logger.getLogger(StreamClients.class.getName());

    @Inject
    LiveFeed feed;

    @EJB
    ServiceInstance instance;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tcps.stream.stale-after-seconds", defaultValue = "120")
    long staleAfterSeconds;

    @Inject
    @ConfigProperty(name = "tcps.stream.send-threads", defaultValue = "8")
    int sendThreads;

    @Inject
    @ConfigProperty(name = "tcps.stream.replay-size", defaultValue = "1000")
    int replaySize;

    private final Jsonb jsonb = JsonbBuilder.create();
    private ThreadPoolExecutor sends;
    private StreamHub hub;
    private ScheduledFuture<?> sweeper;

    @PostConstruct
    void start() {
        if (sendThreads < 1 || staleAfterSeconds < 1) {
            throw new IllegalStateException("tcps.stream.send-threads and tcps.stream.stale-after-seconds must be > 0");
        }
        // Threads of its own: the default managed executor runs one task at a time, where one write blocked on a
        // client that stopped reading would hold every other client back
        sends = new ThreadPoolExecutor(
                sendThreads, sendThreads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        sends.allowCoreThreadTimeOut(true);
        // A client further behind than the replay buffer reaches could not be brought back either
        hub = new StreamHub(feed::after, feed.lastId(), sends, 2 * replaySize, instance::version, jsonb::toJson);
        sweeper = scheduler.scheduleWithFixedDelay(this::sweep, 1, 1, TimeUnit.SECONDS);
    }

    /** Created with the application, so the feed is followed from its first events. */
    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine("Stream clients ready");
    }

    @PreDestroy
    void stop() {
        sweeper.cancel(false);
        hub.closeAll(DropReason.SHUTDOWN);
        sends.shutdown();
    }

    /** Registers an SSE connection; {@code lastEventId} (may be null) is the id a reconnecting client saw last. */
    public StreamClient open(StreamSink sink, String lastEventId) {
        return hub.open(sink, lastEventId);
    }

    // An observer that throws keeps the event from the observers after it (the WebSocket sessions)
    void announced(@Observes LiveEvent event) {
        try {
            hub.announced(event);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not queue " + event + " for the stream clients", e);
        }
    }

    private void sweep() {
        try {
            hub.sweep(System.nanoTime(), TimeUnit.SECONDS.toNanos(staleAfterSeconds));
        } catch (RuntimeException e) { // a periodic task that throws is never run again
            LOG.log(Level.WARNING, "Stream sweep failed; retrying in a second", e);
        }
    }

    @Override
    public int count() {
        return hub.count();
    }

    public StreamStats stats() {
        return hub.stats();
    }
}
