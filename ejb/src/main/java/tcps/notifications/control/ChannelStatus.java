package tcps.notifications.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A channel as the API shows it: configured or not, whether a route names it, its settings (secrets masked), its
 * grouping, its last success and last failure (and why), and how many notifications wait or are being retried.
 * {@code healthy} is false while its latest finished delivery failed for good.
 */
@JsonbPropertyOrder({"name", "enabled", "routed", "healthy", "lastSuccessAt", "lastFailureAt", "lastFailure", "pending"
})
public record ChannelStatus(
        String name,
        boolean enabled,
        boolean routed,
        boolean healthy,
        Instant lastSuccessAt,
        Instant lastFailureAt,
        String lastFailure,
        long pending,
        Map<String, String> settings,
        GroupingView grouping) {

    /** The grouping in Alertmanager's words. */
    public record GroupingView(List<String> groupBy, String groupWait, String groupInterval, String repeatInterval) {

        static GroupingView of(Grouping g) {
            return new GroupingView(
                    g.groupBy(), text(g.groupWait()), text(g.groupInterval()), text(g.repeatInterval()));
        }

        private static String text(java.time.Duration d) {
            if (d.isZero()) {
                return "0s";
            }
            if (d.toMillis() % 1000 != 0) {
                return d.toMillis() + "ms";
            }
            long s = d.toSeconds();
            return s % 3600 == 0 ? s / 3600 + "h" : s % 60 == 0 ? s / 60 + "m" : s + "s";
        }
    }
}
