package tcps.notifications.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which channels hear of an alert: the ordered routes of {@code tcps.notifications.routes}, then, unless a matching
 * route ended the search, the default channels of {@code tcps.notifications.channels} (the product's
 * {@code alert_channels}, {@code slack,email}). By default a critical alert also pages (PagerDuty) and opens tickets
 * (ServiceNow, Jira); a channel that is not configured is passed over.
 */
@ApplicationScoped
public class Routes {

    public static final String DEFAULT_ROUTES =
            "[{\"matchers\":[\"severity=critical\"],\"channels\":[\"pagerduty\",\"servicenow\",\"jira\"],"
                    + "\"continue\":true}]";

    /** As the default channels: none, only what a route names. */
    static final String NONE = "none";

    private static final Logger LOG = Logger.getLogger(Routes.class.getName());

    @Inject
    @ConfigProperty(name = "tcps.notifications.channels", defaultValue = "slack,email")
    String defaultChannels;

    @Inject
    @ConfigProperty(name = "tcps.notifications.routes", defaultValue = DEFAULT_ROUTES)
    String routesJson;

    private List<Route> routes;
    private List<String> fallback;

    @PostConstruct
    void start() {
        fallback = Arrays.stream(defaultChannels.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty() && !NONE.equals(name))
                .toList();
        try {
            routes = Route.parse(routesJson);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "tcps.notifications.routes is not valid; the default routes apply", e);
            routes = Route.parse(DEFAULT_ROUTES);
        }
    }

    /** The channels this alert's labels route to, in route order, each once. */
    public List<String> channelsFor(Map<String, String> labels) {
        return channelsFor(routes, fallback, labels);
    }

    static List<String> channelsFor(List<Route> routes, List<String> fallback, Map<String, String> labels) {
        Set<String> channels = new LinkedHashSet<>();
        for (Route route : routes) {
            if (route.matches(labels)) {
                channels.addAll(route.channels());
                if (!route.continues()) {
                    return new ArrayList<>(channels);
                }
            }
        }
        channels.addAll(fallback);
        return new ArrayList<>(channels);
    }

    /** Every channel any route names: the ones worth watching. */
    public Set<String> named() {
        Set<String> named = new LinkedHashSet<>(fallback);
        routes.forEach(route -> named.addAll(route.channels()));
        return named;
    }
}
