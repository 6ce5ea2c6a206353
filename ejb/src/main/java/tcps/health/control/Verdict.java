package tcps.health.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import tcps.health.entity.HealthStatus;

/** Collects a check's findings; the status is the worst finding, the reason names every finding, worst first. */
public final class Verdict {

    private record Finding(HealthStatus status, String reason) {}

    private final List<Finding> findings = new ArrayList<>();

    public Verdict degradedIf(boolean condition, String reason) {
        return add(condition, HealthStatus.DEGRADED, reason);
    }

    public Verdict unhealthyIf(boolean condition, String reason) {
        return add(condition, HealthStatus.UNHEALTHY, reason);
    }

    private Verdict add(boolean condition, HealthStatus status, String reason) {
        if (condition) {
            findings.add(new Finding(status, reason));
        }
        return this;
    }

    public HealthStatus status() {
        return findings.stream().map(Finding::status).reduce(HealthStatus.HEALTHY, HealthStatus::worse);
    }

    /** Null while healthy. */
    public String reason() {
        if (findings.isEmpty()) {
            return null;
        }
        return findings.stream()
                .sorted(Comparator.comparing(Finding::status).reversed())
                .map(Finding::reason)
                .collect(Collectors.joining("; "));
    }
}
