package tcps.notifications.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.entity.HealthStatus;

/**
 * Notifications: degraded while a configured channel's latest finished delivery failed for good (an alert nobody
 * heard of); healthy otherwise, and healthy with no channel configured (nothing is being lost).
 */
@ApplicationScoped
public class NotificationsCheck implements ComponentCheck {

    @Inject
    ChannelStatuses statuses;

    @Override
    public String component() {
        return "notifications";
    }

    @Override
    public ComponentHealth check() {
        Map<String, Object> details = new LinkedHashMap<>();
        List<String> failing = new java.util.ArrayList<>();
        for (ChannelStatus channel : statuses.all()) {
            if (!channel.enabled()) {
                continue;
            }
            details.put(channel.name() + "_pending", channel.pending());
            if (!channel.healthy()) {
                failing.add(channel.name());
            }
        }
        details.put("failing_channels", failing);
        return failing.isEmpty()
                ? new ComponentHealth(component(), HealthStatus.HEALTHY, null, details, List.of())
                : new ComponentHealth(
                        component(),
                        HealthStatus.DEGRADED,
                        "delivery failed on " + String.join(", ", failing),
                        details,
                        List.of());
    }
}
