package tcps.alerting.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import tcps.alerting.entity.Silence;

/** A silence as the API shows it; {@code state} is pending, active or expired. */
public record SilenceView(
        String id,
        List<Map<String, String>> matchers,
        Instant startsAt,
        Instant endsAt,
        String createdBy,
        String comment,
        String state,
        Instant updatedAt) {

    static SilenceView of(Silence s, Instant now) {
        return new SilenceView(
                s.getId(),
                s.getMatchers().stream()
                        .map(m -> Map.of("name", m.name(), "type", m.type(), "value", m.value()))
                        .toList(),
                s.getStartsAt(),
                s.getEndsAt(),
                s.getCreatedBy(),
                s.getComment(),
                s.state(now),
                s.getUpdatedAt());
    }
}
