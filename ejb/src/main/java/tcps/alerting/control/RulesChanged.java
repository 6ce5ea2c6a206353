package tcps.alerting.control;

/** A rule was created, changed or deleted: the compiled rules are read again once the change is committed. */
public record RulesChanged(String ruleId) {}
