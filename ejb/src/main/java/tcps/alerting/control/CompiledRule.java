package tcps.alerting.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tcps.alerting.entity.RuleDefinition;

/** A stored rule ready to evaluate: its id, version, definition and compiled condition. */
public record CompiledRule(
        String id,
        int version,
        RuleDefinition definition,
        Condition condition,
        Map<Map<String, String>, String> fingerprints) {

    public CompiledRule(String id, int version, RuleDefinition definition, Condition condition) {
        this(id, version, definition, condition, new ConcurrentHashMap<>());
    }

    /** The fingerprint of one of this rule's label sets, worked out once per label set. */
    public String fingerprint(Map<String, String> series) {
        String known = fingerprints.get(series);
        if (known != null) {
            return known;
        }
        String computed = Fingerprints.of(id, series);
        if (fingerprints.size() < 10_000) {
            fingerprints.put(series, computed);
        }
        return computed;
    }

    public Duration forDuration() {
        return Duration.ofSeconds(definition.forSeconds());
    }

    public Duration cooldown() {
        return Duration.ofSeconds(definition.cooldownSeconds());
    }
}
