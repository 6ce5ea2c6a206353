package tcps.simulation.control;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures one reader (a health check, the metrics snapshot) takes: the line's own value, unless a failure simulation overrides it, in which case the
 * parameter is remembered so the result can say which figures were simulated.
 */
public final class Readings {

    private final FailureSimulation simulation;
    private final String component;
    private final List<String> simulated = new ArrayList<>();

    public Readings(FailureSimulation simulation, String component) {
        this.simulation = simulation;
        this.component = component;
    }

    public double number(String parameter, double real) {
        return optional(parameter, real);
    }

    /** A figure that may be unknown (null), such as an MTBF before the first failure. */
    public Double optional(String parameter, Double real) {
        var value = simulation.simulated(component, parameter);
        if (value.isEmpty()) {
            return real;
        }
        simulated.add(parameter);
        return value.get();
    }

    public long count(String parameter, long real) {
        return Math.round(number(parameter, real));
    }

    /** A simulated flag is true for any non-zero value. */
    public boolean flag(String parameter, boolean real) {
        return number(parameter, real ? 1 : 0) != 0;
    }

    public List<String> simulatedParameters() {
        return List.copyOf(simulated);
    }
}
