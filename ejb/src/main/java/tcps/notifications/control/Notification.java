package tcps.notifications.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a channel sends at once: the alerts of one group (one alert for a channel that groups each alert alone), each
 * with why it is sent. {@code idempotencyKey} is the same on every attempt of this delivery, so a receiver that honours
 * it never takes a retry for a second notification. {@code status} is {@code firing} while any alert in it is firing
 * or acknowledged, {@code resolved} otherwise (Alertmanager's meaning).
 */
public record Notification(
        String channel,
        long deliveryId,
        String idempotencyKey,
        String groupKey,
        Map<String, String> groupLabels,
        List<Notice> notices,
        Instant at,
        Links links) {

    public String status() {
        return notices.stream().allMatch(Notice::resolved) ? "resolved" : "firing";
    }

    public List<Notice> firing() {
        return notices.stream().filter(notice -> !notice.resolved()).toList();
    }

    public List<Notice> resolved() {
        return notices.stream().filter(Notice::resolved).toList();
    }

    public boolean test() {
        return notices.stream().anyMatch(Notice::test);
    }

    /** Links into the product for the people reading the notification. */
    public record Links(String externalUrl) {

        public String dashboard() {
            return externalUrl + "/";
        }

        public String alert(long id) {
            return externalUrl + "/api/alerts/" + id;
        }
    }
}
