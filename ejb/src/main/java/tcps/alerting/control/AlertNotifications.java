package tcps.alerting.control;

import java.util.List;

/**
 * What was sent about an alert, where, with what outcome: notifications answer, so an alert's story shows its
 * messages beside its transitions while alerting does not depend on notifications.
 */
public interface AlertNotifications {

    /** Written to JSON as they are, oldest first. */
    List<?> of(long alertId);
}
