package tcps.simulation.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;

/**
 * Simulated failures ({@code simulate_failure}): values that stand in for the line's real figures until
 * cleared or until they expire. Health checks and metrics ask {@link #simulated} before using a real figure, and
 * mark what they got from here as simulated. Flags are numbers: any non-zero value is true.
 */
@ApplicationScoped
public class FailureSimulation {

    /** What can be simulated, per component; the documented parameters plus one or more for every other component. */
    public static final Map<String, Set<String>> PARAMETERS = Map.of(
            "kanban", Set.of("wip_over_limit", "utilization", "queue_depth", "stalled_pull"),
            "andon", Set.of("critical_open", "open_duration", "open_andons"),
            "production", Set.of("lead_time_p90"),
            "tpm", Set.of("compliance", "uptime", "mtbf_seconds", "mttr_seconds"),
            "receipts", Set.of("missing_receipts", "broken_chains"),
            "ontology", Set.of("violations"),
            "persistence",
                    Set.of("reachable", "latency_ms", "migrations_current", "backup_age_hours", "backup_verified"));

    private final Event<SimulationChanged> changes;
    private final Map<String, ActiveSimulation> active = new ConcurrentHashMap<>();

    @Inject
    public FailureSimulation(Event<SimulationChanged> changes) {
        this.changes = changes;
    }

    // For the container's proxy only
    protected FailureSimulation() {
        this(null);
    }

    /** The simulated value of {@code parameter}, while a simulation of {@code component} sets it and has not expired. */
    public Optional<Double> simulated(String component, String parameter) {
        ActiveSimulation simulation = active.get(component);
        if (simulation == null) {
            return Optional.empty();
        }
        if (simulation.expiredAt(Timestamps.now())) {
            active.remove(component, simulation);
            return Optional.empty();
        }
        return Optional.ofNullable(simulation.parameters().get(parameter));
    }

    /** Starts (or replaces) the component's simulation; without a duration it lasts until cleared. */
    public ActiveSimulation simulate(String component, Map<String, Double> parameters, Duration duration) {
        Set<String> known = PARAMETERS.get(component);
        if (known == null) {
            throw new UnknownEntity(
                    "simulated component", component + " (known: " + new TreeMap<>(PARAMETERS).keySet() + ")");
        }
        if (parameters.isEmpty()) {
            throw new InvalidCommand("Name at least one parameter to simulate for " + component + ": " + sorted(known));
        }
        for (String parameter : parameters.keySet()) {
            if (!known.contains(parameter)) {
                throw new InvalidCommand(
                        "Unknown parameter '" + parameter + "' for " + component + "; known: " + sorted(known));
            }
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new InvalidCommand("A simulation's duration must be positive.");
        }
        Instant now = Timestamps.now();
        ActiveSimulation simulation = new ActiveSimulation(
                component, Map.copyOf(new TreeMap<>(parameters)), now, duration == null ? null : now.plus(duration));
        active.put(component, simulation);
        changes.fire(new SimulationChanged(component));
        return simulation;
    }

    public List<ActiveSimulation> active() {
        Instant now = Timestamps.now();
        active.values().removeIf(simulation -> simulation.expiredAt(now));
        return active.values().stream()
                .sorted(Comparator.comparing(ActiveSimulation::component))
                .toList();
    }

    /** Clears one component's simulation; false when none was active. */
    public boolean clear(String component) {
        boolean cleared = active.remove(component) != null;
        if (cleared) {
            changes.fire(new SimulationChanged(component));
        }
        return cleared;
    }

    public int clearAll() {
        int count = active.size();
        active.clear();
        changes.fire(new SimulationChanged(SimulationChanged.ALL));
        return count;
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }
}
