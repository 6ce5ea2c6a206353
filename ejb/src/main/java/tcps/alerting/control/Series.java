package tcps.alerting.control;

import java.util.Map;

/** One sample of a named metric as rules see it: its labels (without the simulated mark), its value, whether simulated. */
public record Series(Map<String, String> labels, double value, boolean simulated) {}
