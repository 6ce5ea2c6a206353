package tcps.alerting.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tcps.alerting.control.AlertFacts;
import tcps.alerting.entity.LabelMatcher;
import tcps.alerting.entity.Silence;

/** The shapes of Alertmanager's API v2 (gettableAlert, gettableSilence, status), as its clients validate them. */
public final class AlertmanagerViews {

    private AlertmanagerViews() {}

    public record Receiver(String name) {}

    public record AlertStatus(String state, List<String> silencedBy, List<String> inhibitedBy) {}

    public record GettableAlert(
            Map<String, String> labels,
            Map<String, String> annotations,
            Instant startsAt,
            Instant endsAt,
            Instant updatedAt,
            String fingerprint,
            List<Receiver> receivers,
            AlertStatus status,
            String generatorURL) {

        static GettableAlert of(AlertFacts alert, String generatorUrl) {
            boolean suppressed = alert.muted();
            return new GettableAlert(
                    alert.labels(),
                    alert.annotations(),
                    alert.triggeredAt() == null ? alert.startedAt() : alert.triggeredAt(),
                    alert.endsAt() == null ? Instant.parse("0001-01-01T00:00:00Z") : alert.endsAt(),
                    alert.triggeredAt() == null ? alert.startedAt() : alert.triggeredAt(),
                    alert.fingerprint(),
                    List.of(new Receiver("tcps")),
                    new AlertStatus(
                            suppressed ? "suppressed" : "active",
                            alert.silencedBy() == null ? List.of() : List.of(alert.silencedBy()),
                            alert.inhibitedBy() == null ? List.of() : List.of(String.valueOf(alert.inhibitedBy()))),
                    generatorUrl + alert.id());
        }
    }

    public record Matcher(String name, String value, boolean isRegex, Boolean isEqual) {

        static Matcher of(LabelMatcher m) {
            return new Matcher(m.name(), m.value(), m.isRegex(), !m.isNegative());
        }

        LabelMatcher matcher() {
            boolean equal = isEqual == null || isEqual;
            String type = isRegex
                    ? (equal ? LabelMatcher.REGEX : LabelMatcher.NOT_REGEX)
                    : (equal ? LabelMatcher.EQUAL : LabelMatcher.NOT_EQUAL);
            return new LabelMatcher(name, type, value);
        }
    }

    public record SilenceStatus(String state) {}

    public record GettableSilence(
            String id,
            SilenceStatus status,
            Instant updatedAt,
            List<Matcher> matchers,
            Instant startsAt,
            Instant endsAt,
            String createdBy,
            String comment) {

        static GettableSilence of(Silence s, Instant now) {
            return new GettableSilence(
                    s.getId(),
                    new SilenceStatus(s.state(now)),
                    s.getUpdatedAt(),
                    s.getMatchers().stream().map(Matcher::of).toList(),
                    s.getStartsAt(),
                    s.getEndsAt(),
                    s.getCreatedBy(),
                    s.getComment());
        }
    }

    public record PostableSilence(
            String id, List<Matcher> matchers, Instant startsAt, Instant endsAt, String createdBy, String comment) {}

    public record PostableAlert(
            Map<String, String> labels,
            Map<String, String> annotations,
            Instant startsAt,
            Instant endsAt,
            String generatorURL) {}

    public record SilenceCreated(String silenceID) {}
}
