package tcps.health.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import tcps.health.entity.HealthTransition;

/** One recorded status change; {@code from} is null for a component's first status. */
@JsonbNillable
@JsonbPropertyOrder({"id", "component", "from", "to", "reason", "simulated", "changedAt"})
public record HealthTransitionView(
        long id, String component, String from, String to, String reason, boolean simulated, Instant changedAt) {

    static HealthTransitionView of(HealthTransition t) {
        return new HealthTransitionView(
                t.getId(),
                t.getComponent(),
                t.getFrom() == null ? null : t.getFrom().label(),
                t.getTo().label(),
                t.getReason(),
                t.isSimulated(),
                t.getChangedAt());
    }
}
