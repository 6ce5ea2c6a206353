package tcps.dashboard.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.metrics.control.MetricsReader;
import tcps.storage.entity.Timestamps;

/**
 * Puts the periodic events on the live feed, for every stream (SSE and WebSocket): the metrics every refresh interval
 * and a heartbeat. Neither is kept for replay: only the latest matters. Transport, so on the managed scheduled executor
 * rather than a Scheduler's tick (src/docs/architecture.md, Timers and threads): frames for the streams only, the
 * figures from the metrics' in-memory snapshot.
 */
@ApplicationScoped
public class StreamTicker {

    private static final Logger LOG = Logger.getLogger(StreamTicker.class.getName());

    @Inject
    LiveFeed feed;

    @Inject
    MetricsReader metrics;

    @Inject
    StreamClients clients;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "tcps.stream.metrics-interval-ms", defaultValue = "5000")
    long metricsIntervalMs;

    @Inject
    @ConfigProperty(name = "tcps.stream.heartbeat-seconds", defaultValue = "30")
    long heartbeatSeconds;

    private ScheduledFuture<?> metricsTicks;
    private ScheduledFuture<?> heartbeats;

    @PostConstruct
    void start() {
        if (metricsIntervalMs < 1 || heartbeatSeconds < 1) {
            throw new IllegalStateException(
                    "tcps.stream.metrics-interval-ms and tcps.stream.heartbeat-seconds must be > 0");
        }
        metricsTicks = scheduler.scheduleAtFixedRate(
                this::publishMetrics, metricsIntervalMs, metricsIntervalMs, TimeUnit.MILLISECONDS);
        heartbeats = scheduler.scheduleAtFixedRate(
                this::publishHeartbeat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
    }

    void eager(@Observes @Initialized(ApplicationScoped.class) Object started) {
        LOG.fine("Stream ticks scheduled");
    }

    @PreDestroy
    void stop() {
        metricsTicks.cancel(false);
        heartbeats.cancel(false);
    }

    // Periodic tasks that throw are never run again: failures are logged and the next tick tries anew
    private void publishMetrics() {
        try {
            // The same figures GET /api/metrics/all answers, from the same snapshot
            feed.publish(StreamEvents.METRICS_UPDATE, LiveEvent.METRICS, metrics.figures("all"), false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Metrics not published to the stream; next interval retries", e);
        }
    }

    private void publishHeartbeat() {
        try {
            feed.publish(
                    StreamEvents.HEARTBEAT,
                    LiveEvent.HEARTBEAT,
                    new StreamEvents.Heartbeat(Timestamps.now(), clients.count()),
                    false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Heartbeat not published to the stream", e);
        }
    }
}
