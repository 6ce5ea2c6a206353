package tcps.alerting.control;

import java.time.Instant;
import tcps.line.control.LineChange;

/**
 * An alert fired, was acknowledged or resolved: committed with the transition, so an {@code AFTER_SUCCESS} observer
 * (the live feed, the counters, notifications) hears of it once it is stored. {@code kind} is {@code alert_fired},
 * {@code alert_acknowledged} or {@code alert_resolved}.
 */
public record AlertChanged(String kind, AlertFacts alert, Instant at) implements LineChange {

    public static final String FIRED = "alert_fired";
    public static final String ACKNOWLEDGED = "alert_acknowledged";
    public static final String RESOLVED = "alert_resolved";
}
