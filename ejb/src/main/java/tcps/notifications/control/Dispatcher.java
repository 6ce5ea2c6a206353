package tcps.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the outbox: each channel on a thread of its own, so a channel that is slow or down never holds another back.
 * A channel is woken right after an alert change commits (no polling delay), when a group's wait or a retry falls
 * due, and on every alert tick (which resumes what a restart or another instance left behind). Wake-ups arriving
 * while a channel works cost one more round, not one each.
 */
@ApplicationScoped
public class Dispatcher {

    @Inject
    Channels channels;

    @Inject
    ChannelRound round;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "tcps.notifications.claim-seconds", defaultValue = "30")
    long claimSeconds;

    // Delivery is transport: its own threads, like the stream's senders
    private ScheduledExecutorService timer;
    private final Map<String, ChannelWorker> workers = new ConcurrentHashMap<>();
    private final String owner = UUID.randomUUID().toString();

    @PostConstruct
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(threads);
    }

    @PreDestroy
    void stop() {
        timer.shutdownNow();
        workers.values().forEach(ChannelWorker::stop);
    }

    /** Runs a round for the channel soon, on its own thread. */
    public void wake(String channel) {
        worker(channel).wake();
    }

    private ChannelWorker worker(String channel) {
        return workers.computeIfAbsent(
                channel,
                name -> new ChannelWorker(name, threads, () -> {
                    Instant next = round.run(channels.named(name), owner, Duration.ofSeconds(claimSeconds));
                    if (next != null) {
                        wakeAt(name, next);
                    }
                }));
    }

    private void wakeAt(String channel, Instant at) {
        long delay = Math.max(0, Duration.between(Instant.now(), at).toMillis());
        worker(channel).wakeAt(at, () -> timer.schedule(() -> wake(channel), delay, TimeUnit.MILLISECONDS));
    }
}
