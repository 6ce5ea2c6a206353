package tcps.simulation.control;

import java.time.Instant;
import java.util.Map;

/** One component's simulated figures, from {@code startedAt} until {@code expiresAt} (null: until cleared). */
public record ActiveSimulation(String component, Map<String, Double> parameters, Instant startedAt, Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }
}
