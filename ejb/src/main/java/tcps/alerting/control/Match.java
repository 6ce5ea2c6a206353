package tcps.alerting.control;

import java.util.Map;

/** A label set for which a rule's condition holds, with the value it holds at and whether a simulation stood in. */
public record Match(Map<String, String> labels, Double value, boolean simulated) {}
