package tcps.health.control;

import java.time.Instant;
import java.util.Map;
import tcps.health.entity.HealthStatus;

/** A health check ({@code health_check()}): the worst component's status, every component, and when it was taken. */
public record HealthReport(HealthStatus status, Map<String, ComponentHealth> components, Instant timestamp) {

    public boolean simulated() {
        return components.values().stream().anyMatch(ComponentHealth::simulated);
    }
}
