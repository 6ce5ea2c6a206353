package tcps.metrichistory.control;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;

/** One step of a metric's history: the step's start and its samples' count, min, max, average and latest value. */
@JsonbPropertyOrder({"at", "count", "min", "max", "avg", "last"})
public record HistoryPoint(Instant at, long count, double min, double max, double avg, double last) {}
