package tcps.workorders.control;

import java.time.Instant;

/** The line's heartbeat: {@link LineScheduler} fires it every five seconds, observers do the periodic work. */
public record LineTick(Instant at) {}
