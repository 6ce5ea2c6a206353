package tcps.health.control;

import java.util.List;
import java.util.Map;
import tcps.health.entity.HealthStatus;
import tcps.simulation.control.Readings;

/**
 * One component's state: {@code {healthy, Details}}, {@code {degraded, Reason, Details}} or {@code
 * {unhealthy, Reason, Details}}. {@code reason} is null while healthy; {@code simulatedParameters} names the figures
 * that came from a failure simulation rather than from the line.
 */
public record ComponentHealth(
        String component,
        HealthStatus status,
        String reason,
        Map<String, Object> details,
        List<String> simulatedParameters) {

    public boolean simulated() {
        return !simulatedParameters.isEmpty();
    }

    public static ComponentHealth of(
            String component, Verdict verdict, Map<String, Object> details, Readings readings) {
        return new ComponentHealth(
                component, verdict.status(), verdict.reason(), details, readings.simulatedParameters());
    }

    /** A check that could not run: the component cannot be vouched for. */
    static ComponentHealth failed(String component, Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return new ComponentHealth(component, HealthStatus.UNHEALTHY, "check failed: " + message, Map.of(), List.of());
    }
}
