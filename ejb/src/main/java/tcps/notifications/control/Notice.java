package tcps.notifications.control;

import tcps.alerting.control.AlertFacts;

/**
 * One alert in a notification and why it is sent: {@code fired}, {@code acknowledged}, {@code resolved},
 * {@code repeat} (still firing after the repeat interval) or {@code test} (a test of the channel, no real alert).
 */
public record Notice(String kind, AlertFacts alert) {

    public static final String FIRED = "fired";
    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String RESOLVED = "resolved";
    public static final String REPEAT = "repeat";
    public static final String TEST = "test";

    public boolean resolved() {
        return RESOLVED.equals(kind);
    }

    public boolean test() {
        return TEST.equals(kind);
    }
}
