package tcps.alerting.boundary;

import java.time.Instant;
import java.util.List;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.entity.AlertTransition;

/** One alert with its story: every transition and every notification sent about it, oldest first. */
public record AlertView(AlertFacts alert, List<Step> history, List<?> notifications) {

    public record Step(Instant at, String from, String to, String by, String note, Double value) {

        static Step of(AlertTransition t) {
            return new Step(
                    t.getAt(),
                    t.getFrom() == null ? null : t.getFrom().label(),
                    t.getTo().label(),
                    t.getActor(),
                    t.getNote(),
                    t.getValue());
        }
    }
}
