package tcps.andon.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.andon.entity.Severity;

/**
 * The configured {@link SeverityMapping}. Severity is always inferred, never taken from the caller: it decides how
 * hard the line stops and feeds the metrics, so a pipeline must not be able to downgrade its own test failure.
 */
@ApplicationScoped
public class SeverityPolicy {

    static final String CRITICAL_DEFAULT =
            "test_failure,compilation_failure,security_vulnerability,shacl_violation,deployment_failure";
    static final String WARNING_DEFAULT =
            "quality_gate_failure,coverage_drop,performance_regression,lint_failure,dependency_outdated";

    @Inject
    @ConfigProperty(name = "tcps.andon.severity.critical", defaultValue = CRITICAL_DEFAULT)
    String criticalTypes;

    @Inject
    @ConfigProperty(name = "tcps.andon.severity.warning", defaultValue = WARNING_DEFAULT)
    String warningTypes;

    private SeverityMapping mapping;

    @PostConstruct
    void load() {
        mapping = SeverityMapping.of(criticalTypes, warningTypes);
    }

    public Severity severityOf(String failureType) {
        return mapping.severityOf(failureType);
    }
}
