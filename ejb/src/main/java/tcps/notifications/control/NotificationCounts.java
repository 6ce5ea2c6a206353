package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import tcps.metrics.control.MetricFamily;
import tcps.metrics.control.MetricFamilySource;

/**
 * The notification series of the Prometheus scrape, counted by this instance since it started:
 * {@code tcps_notifications_sent_total{channel}}, {@code tcps_notifications_attempts_failed_total{channel}} (every
 * failed attempt, retried or not) and {@code tcps_notifications_failed_total{channel}} (deliveries given up).
 */
@ApplicationScoped
public class NotificationCounts implements MetricFamilySource {

    private final Map<String, AtomicLong> sent = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failedAttempts = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> failed = new ConcurrentHashMap<>();

    void sent(String channel) {
        count(sent, channel);
    }

    void attemptFailed(String channel, boolean givenUp) {
        count(failedAttempts, channel);
        if (givenUp) {
            count(failed, channel);
        }
    }

    private static void count(Map<String, AtomicLong> counts, String channel) {
        counts.computeIfAbsent(channel, c -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public List<MetricFamily> families() {
        return List.of(
                family("tcps_notifications_sent_total", "Notifications delivered, per channel.", sent),
                family(
                        "tcps_notifications_attempts_failed_total",
                        "Delivery attempts that failed (retried or not), per channel.",
                        failedAttempts),
                family("tcps_notifications_failed_total", "Deliveries given up, per channel.", failed));
    }

    private static MetricFamily family(String name, String help, Map<String, AtomicLong> counts) {
        List<MetricFamily.Sample> samples = new ArrayList<>();
        new java.util.TreeMap<>(counts)
                .forEach((channel, count) ->
                        samples.add(new MetricFamily.Sample("channel=\"" + channel + "\"", (double) count.get())));
        return new MetricFamily(name, "counter", help, samples);
    }
}
