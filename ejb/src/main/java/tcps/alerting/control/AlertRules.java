package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tcps.alerting.entity.AlertRule;
import tcps.alerting.entity.AlertRuleStore;
import tcps.alerting.entity.RuleDefinition;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;

/** Alert rules as data: listed, created, changed, disabled and deleted; each write checked and versioned. */
@ApplicationScoped
@Transactional
public class AlertRules {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    static final List<String> SEVERITIES = List.of("critical", "warning", "info");

    @Inject
    AlertRuleStore store;

    @Inject
    Event<RulesChanged> changes;

    @Inject
    MetricNames names;

    public List<AlertRule> list() {
        return store.all();
    }

    public AlertRule find(String id) {
        AlertRule rule = store.find(id);
        if (rule == null) {
            throw new UnknownEntity("alert rule", id);
        }
        return rule;
    }

    public AlertRule create(String id, RuleDefinition definition) {
        String ruleId = id == null ? slug(definition.name()) : id;
        if (!ID.matcher(ruleId).matches()) {
            throw new InvalidCommand("A rule id is 1 to 64 lower-case letters, digits and dashes: " + ruleId, "id");
        }
        check(definition);
        if (store.find(ruleId) != null) {
            throw new InvalidStateTransition("An alert rule with id " + ruleId + " exists already.");
        }
        AlertRule rule = new AlertRule(ruleId, definition, false, Timestamps.now());
        store.save(rule);
        changes.fire(new RulesChanged(ruleId));
        return rule;
    }

    /** Replaces the definition; {@code expectedVersion}, when given, must be the stored one (else 409). */
    public AlertRule update(String id, RuleDefinition definition, Integer expectedVersion) {
        AlertRule rule = find(id);
        if (expectedVersion != null && expectedVersion != rule.getVersion()) {
            throw new InvalidStateTransition("Alert rule " + id + " is at version " + rule.getVersion() + ", not "
                    + expectedVersion + "; read it again before changing it.");
        }
        check(definition);
        rule.define(definition, Timestamps.now());
        store.save(rule);
        changes.fire(new RulesChanged(id));
        return rule;
    }

    public void delete(String id) {
        AlertRule rule = find(id);
        if (rule.isBuiltin()) {
            throw new InvalidStateTransition(
                    "Alert rule " + id + " ships with the product and cannot be deleted; disable it instead.");
        }
        store.delete(rule);
        changes.fire(new RulesChanged(id));
    }

    /** Stores the product's rules that are not stored yet; never changes one an admin changed. */
    public void installDefaults() {
        DefaultRules.all().forEach((id, definition) -> {
            if (store.find(id) == null) {
                store.save(new AlertRule(id, definition, true, Timestamps.now()));
            }
        });
    }

    private void check(RuleDefinition definition) {
        if (!SEVERITIES.contains(definition.severity())) {
            throw new InvalidCommand("severity must be one of " + SEVERITIES + ".", "severity");
        }
        if (definition.forSeconds() < 0 || definition.cooldownSeconds() < 0) {
            throw new InvalidCommand("for and cooldown are durations of zero or more seconds.", "cooldownSeconds");
        }
        if (definition.minimumEvents() != null && definition.minimumEvents() < 0) {
            throw new InvalidCommand("minimumEvents must be zero or more.", "minimumEvents");
        }
        Set<String> known = names.current(); // every family of the scrape, put together once per write
        if (definition.eventsMetric() != null && !known.contains(definition.eventsMetric())) {
            throw new InvalidCommand("No metric is named '" + definition.eventsMetric() + "'.", "eventsMetric");
        }
        RuleCompiler.compileChecked(definition, known);
    }

    static String slug(String name) {
        String slug =
                name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }
}
