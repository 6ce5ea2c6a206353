package tcps.simulation.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tcps.security.boundary.Requires;
import tcps.security.entity.Role;
import tcps.simulation.control.ActiveSimulation;
import tcps.simulation.control.FailureSimulation;

/**
 * Failure simulation ({@code simulate_failure}): {@code POST /api/simulate/kanban} with {@code
 * {"wip_over_limit": true, "utilization": 0.95}} makes health (and metrics) see those figures, marked simulated,
 * until {@code DELETE} or the optional {@code durationSeconds} has passed.
 */
@Requires(Role.VIEWER)
@Path("simulate")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SimulationResource {

    /** Longer than any rehearsal needs; past it, the end of a simulation would lie beyond what a clock can hold. */
    private static final Duration MAX_DURATION = Duration.ofDays(30);

    @Inject
    FailureSimulation simulation;

    @POST
    @Requires(Role.ADMIN)
    @Path("{component}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ActiveSimulation simulate(
            @PathParam("component") String component,
            @QueryParam("durationSeconds") String durationSeconds,
            @NotNull JsonValue parameters) {
        if (!(parameters instanceof JsonObject object)) {
            throw new BadRequestException(
                    "The body must be a JSON object of parameters, such as {\"wip_over_limit\": true}, not "
                            + parameters.getValueType().name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return simulation.simulate(component, values(object), duration(durationSeconds));
    }

    @GET
    public List<ActiveSimulation> active() {
        return simulation.active();
    }

    /** Every simulation ends; answers how many were active. */
    @DELETE
    @Requires(Role.ADMIN)
    public Map<String, Integer> clearAll() {
        return Map.of("cleared", simulation.clearAll());
    }

    @DELETE
    @Requires(Role.ADMIN)
    @Path("{component}")
    public Map<String, Integer> clear(@PathParam("component") String component) {
        return Map.of("cleared", simulation.clear(component) ? 1 : 0);
    }

    private static Map<String, Double> values(JsonObject parameters) {
        Map<String, Double> values = new LinkedHashMap<>();
        parameters.forEach((name, value) -> values.put(name, number(name, value)));
        return values;
    }

    private static Double number(String name, JsonValue value) {
        return switch (value.getValueType()) {
            case TRUE -> 1.0;
            case FALSE -> 0.0;
            case NUMBER -> finite(name, ((JsonNumber) value).doubleValue());
            default -> throw new BadRequestException("Parameter '" + name + "' must be a number or a boolean.");
        };
    }

    // 1e400 reads as infinity, which no JSON answer showing the simulation could carry
    private static double finite(String name, double number) {
        if (!Double.isFinite(number)) {
            throw new BadRequestException("Parameter '" + name + "' must be within the range of a double.");
        }
        return number;
    }

    private static Duration duration(String seconds) {
        if (seconds == null || seconds.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(seconds.trim());
            if (value < 1 || value > MAX_DURATION.toSeconds()) {
                throw new BadRequestException(
                        "durationSeconds must be from 1 to " + MAX_DURATION.toSeconds() + " (30 days), not " + value);
            }
            return Duration.ofSeconds(value);
        } catch (NumberFormatException e) {
            throw new BadRequestException("durationSeconds must be a whole number, not '" + seconds + "'");
        }
    }
}
