package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import java.util.Map;
import tcps.health.control.ComponentHealth;

/** One component as the API shows it: lower-case status, reason (null while healthy), details, simulated figures. */
@JsonbPropertyOrder({"component", "status", "reason", "details", "simulated", "simulatedParameters"})
public record ComponentHealthView(
        String component,
        String status,
        String reason,
        Map<String, Object> details,
        boolean simulated,
        List<String> simulatedParameters) {

    static ComponentHealthView of(ComponentHealth health) {
        return new ComponentHealthView(
                health.component(),
                health.status().label(),
                health.reason(),
                health.details(),
                health.simulated(),
                health.simulatedParameters());
    }
}
