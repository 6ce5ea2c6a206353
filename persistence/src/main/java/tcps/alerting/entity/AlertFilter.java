package tcps.alerting.entity;

import java.time.Instant;

/** What a history query asks for; null fields do not filter. The time range applies to when alerts started. */
public record AlertFilter(
        String ruleId, String component, String severity, AlertState state, Instant from, Instant to) {}
