package tcps.health.control;

import java.util.ArrayList;
import java.util.List;
import tcps.simulation.control.FailureSimulation;

/**
 * The figures one check reads: the line's own value, unless a failure simulation overrides it, in which case the
 * parameter is remembered so the result can say which figures were simulated.
 */
final class Readings {

    private final FailureSimulation simulation;
    private final String component;
    private final List<String> simulated = new ArrayList<>();

    Readings(FailureSimulation simulation, String component) {
        this.simulation = simulation;
        this.component = component;
    }

    double number(String parameter, double real) {
        var value = simulation.simulated(component, parameter);
        if (value.isEmpty()) {
            return real;
        }
        simulated.add(parameter);
        return value.get();
    }

    /** A figure that may be unknown (null), such as an MTBF before the first failure. */
    Double optional(String parameter, Double real) {
        var value = simulation.simulated(component, parameter);
        if (value.isEmpty()) {
            return real;
        }
        simulated.add(parameter);
        return value.get();
    }

    long count(String parameter, long real) {
        return Math.round(number(parameter, real));
    }

    /** A simulated flag is true for any non-zero value. */
    boolean flag(String parameter, boolean real) {
        return number(parameter, real ? 1 : 0) != 0;
    }

    List<String> simulatedParameters() {
        return List.copyOf(simulated);
    }
}
