package tcps.alerting.control;

import java.time.Duration;
import tcps.alerting.entity.RuleDefinition;

/** A stored rule ready to evaluate: its id, version, definition and compiled condition. */
public record CompiledRule(String id, int version, RuleDefinition definition, Condition condition) {

    public Duration forDuration() {
        return Duration.ofSeconds(definition.forSeconds());
    }

    public Duration cooldown() {
        return Duration.ofSeconds(definition.cooldownSeconds());
    }
}
