package tcps.metrichistory.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.util.List;

/** A metric's history over [from, to) in steps; steps without samples are left out. */
@JsonbPropertyOrder({"metric", "from", "to", "step", "points"})
public record MetricHistory(String metric, Instant from, Instant to, String step, List<HistoryPoint> points) {}
