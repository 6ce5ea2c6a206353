package tcps.simulation.control;

/** A simulation started, was replaced or was cleared: readers that keep figures (metrics) take them afresh. */
public record SimulationChanged(String component) {

    /** Every simulation was cleared at once. */
    public static final String ALL = "*";
}
