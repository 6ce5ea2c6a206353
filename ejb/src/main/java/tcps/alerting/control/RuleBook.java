package tcps.alerting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.alerting.entity.AlertRule;
import tcps.alerting.entity.AlertRuleStore;

/**
 * The stored rules, compiled. Recompiled when a rule is written here and, for rules written by another instance
 * sharing the database, when the rules' versions differ at a tick. A rule compiled before at the same version is
 * reused.
 */
@ApplicationScoped
public class RuleBook {

    private static final Logger LOG = Logger.getLogger(RuleBook.class.getName());

    @Inject
    AlertRuleStore store;

    private volatile List<CompiledRule> rules;
    private volatile String versions = "";

    public List<CompiledRule> rules() {
        List<CompiledRule> current = rules;
        return current != null ? current : reload();
    }

    /** Reads the rules again once a change made here is committed (an observer during the transaction would not see it). */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        reload();
    }

    /** Reloads when the stored rules changed since the last load. */
    @Transactional(TxType.NOT_SUPPORTED)
    public void refresh() {
        if (rules == null || !versions.equals(store.versions())) {
            reload();
        }
    }

    @Transactional(TxType.NOT_SUPPORTED)
    public synchronized List<CompiledRule> reload() {
        Map<String, CompiledRule> previous = new HashMap<>();
        if (rules != null) {
            rules.forEach(rule -> previous.put(rule.id(), rule));
        }
        List<CompiledRule> compiled = new ArrayList<>();
        for (AlertRule rule : store.all()) {
            CompiledRule known = previous.get(rule.getId());
            if (known != null && known.version() == rule.getVersion()) {
                compiled.add(known);
                continue;
            }
            try {
                compiled.add(new CompiledRule(
                        rule.getId(),
                        rule.getVersion(),
                        rule.definition(),
                        RuleCompiler.compileStored(rule.definition())));
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Alert rule " + rule.getId() + " does not compile and is skipped: " + e.getMessage());
            }
        }
        versions = store.versions();
        rules = List.copyOf(compiled);
        return rules;
    }
}
