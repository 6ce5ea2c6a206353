package tcps.notifications.control;

import java.util.Map;

/**
 * One notification channel (Slack, email, PagerDuty, ...): its own configuration, its own payload, one call to its
 * service. Found through {@code Instance<Notifier>}; the dispatcher decides what to send when, and retries.
 */
public interface Notifier {

    /** The channel's name in configuration, routes and the API: {@code slack}, {@code email}, ... */
    String name();

    /** Whether the channel is configured (its endpoint is set); a channel that is not gets no notifications. */
    boolean enabled();

    /** The channel's settings as the API shows them, secrets masked ({@link Secrets}). */
    Map<String, String> settings();

    /** How the channel groups alerts unless {@code tcps.notifications.<name>.group-*} says otherwise. */
    Grouping defaultGrouping();

    /**
     * Sends one notification: one alert or a group of them. Answers the receiver's reference (an incident's id, an
     * issue's key) or null.
     *
     * @throws DeliveryFailure when the service did not take it; {@link DeliveryFailure#retryable()} says whether
     *     sending it again may help
     */
    String send(Notification notification) throws DeliveryFailure;
}
