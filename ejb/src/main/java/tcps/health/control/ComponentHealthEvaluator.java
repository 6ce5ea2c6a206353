package tcps.health.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import tcps.health.entity.HealthStatus;
import tcps.problems.control.UnknownEntity;
import tcps.storage.entity.Timestamps;

/** Runs the component checks; a check that throws reports its component unhealthy instead of failing the rest. */
@ApplicationScoped
public class ComponentHealthEvaluator {

    private static final Logger LOG = Logger.getLogger(ComponentHealthEvaluator.class.getName());

    @Inject
    @Any
    Instance<ComponentCheck> checks;

    public HealthReport evaluate() {
        Map<String, ComponentHealth> components = new LinkedHashMap<>();
        for (ComponentCheck check : sortedChecks()) {
            components.put(check.component(), run(check));
        }
        HealthStatus overall = components.values().stream()
                .map(ComponentHealth::status)
                .reduce(HealthStatus.HEALTHY, HealthStatus::worse);
        return new HealthReport(overall, components, Timestamps.now());
    }

    public ComponentHealth evaluate(String component) {
        return sortedChecks().stream()
                .filter(check -> check.component().equals(component))
                .findFirst()
                .map(this::run)
                .orElseThrow(() -> new UnknownEntity("health component", component + " (known: " + names() + ")"));
    }

    public List<String> names() {
        return sortedChecks().stream().map(ComponentCheck::component).toList();
    }

    private List<ComponentCheck> sortedChecks() {
        return checks.stream()
                .sorted(Comparator.comparing(ComponentCheck::component))
                .toList();
    }

    private ComponentHealth run(ComponentCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Health check of " + check.component() + " failed", e);
            return ComponentHealth.failed(check.component(), rootCause(e));
        }
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
