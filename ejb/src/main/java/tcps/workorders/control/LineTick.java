package tcps.workorders.control;

import java.time.Instant;

/** The line's heartbeat: a timer fires it, observers do the periodic work. */
public record LineTick(Instant at) {}
