package tcps.notifications.control;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tcps.alerting.control.AlertFacts;

/** The alert a channel test sends: plainly a test, info severity, so nobody mistakes it for trouble on the line. */
final class TestAlert {

    private TestAlert() {}

    static AlertFacts of(long entryId, Instant at) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", "TCPS notification test");
        labels.put("rule", "notification-test");
        labels.put("severity", "info");
        labels.put("component", "notifications");
        String summary = "Test notification from TCPS Health Monitor: this channel works.";
        return new AlertFacts(
                0,
                String.format("%016x", entryId),
                "TCPS notification test",
                "notification-test",
                "info",
                "notifications",
                summary,
                "firing",
                "test",
                null,
                null,
                false,
                labels,
                Map.of("summary", summary),
                null,
                null,
                at,
                at,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
