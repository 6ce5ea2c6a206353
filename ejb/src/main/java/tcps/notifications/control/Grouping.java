package tcps.notifications.control;

import java.time.Duration;
import java.util.List;

/**
 * How a channel bundles alerts, as Alertmanager's routes do: alerts with the same values of {@code groupBy} share a
 * message ({@code ...} alone: every alert on its own). The first message of a group waits {@code groupWait} so alerts
 * arriving together go out together; later changes of the group wait until {@code groupInterval} has passed since the
 * last message; alerts still firing are sent again every {@code repeatInterval}.
 */
public record Grouping(List<String> groupBy, Duration groupWait, Duration groupInterval, Duration repeatInterval) {

    public static final String EACH_ALERT = "...";

    /** Every alert its own message at once: pages and tickets. */
    public static Grouping eachAlert(Duration repeatInterval) {
        return new Grouping(List.of(EACH_ALERT), Duration.ZERO, Duration.ZERO, repeatInterval);
    }

    public boolean eachAlertAlone() {
        return groupBy.contains(EACH_ALERT);
    }
}
