package tcps.health.control;

/**
 * How many clients hold the live event stream ({@code /api/stream}) open, as {@code /api/health} and the Prometheus
 * scrape report it. The dashboard, which holds the connections, answers; so the service's health does not depend on
 * the dashboard, which shows that health.
 */
public interface StreamClientCount {

    int count();
}
