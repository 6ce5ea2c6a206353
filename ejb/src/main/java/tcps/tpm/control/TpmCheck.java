package tcps.tpm.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.health.control.ComponentCheck;
import tcps.health.control.ComponentHealth;
import tcps.health.control.Verdict;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;

/**
 * TPM over its configured window: degraded under 95 % maintenance compliance or under the uptime target, unhealthy
 * under 90 % compliance.
 */
@ApplicationScoped
public class TpmCheck implements ComponentCheck {

    static final String NAME = "tpm";

    @Inject
    TpmStatusReport report;

    @Inject
    FailureSimulation simulation;

    @Inject
    @ConfigProperty(name = "tcps.health.tpm.compliance-degraded", defaultValue = "0.95")
    double complianceDegraded;

    @Inject
    @ConfigProperty(name = "tcps.health.tpm.compliance-unhealthy", defaultValue = "0.90")
    double complianceUnhealthy;

    @Inject
    @ConfigProperty(name = "tcps.health.tpm.uptime-degraded", defaultValue = "0.999")
    double uptimeDegraded;

    @Override
    public String component() {
        return NAME;
    }

    @Override
    public ComponentHealth check() {
        TpmStatus status = report.status(null, null, null);
        Readings readings = new Readings(simulation, NAME);
        double compliance = readings.number("compliance", status.maintenanceCompliance());
        double uptime = readings.number("uptime", status.uptime());
        Double mtbf = readings.optional("mtbf_seconds", status.mtbfSeconds());
        Double mttr = readings.optional("mttr_seconds", status.mttrSeconds());

        Map<String, Object> details = new LinkedHashMap<>();
        details.put("uptime", uptime);
        details.put("compliance", compliance);
        details.put("mtbf_seconds", mtbf);
        details.put("mttr_seconds", mttr);
        details.put("tasks_due", status.tasksDue());
        details.put("failures", status.failures());
        details.put("unrecovered_failures", status.unrecoveredFailures());
        details.put("window_from", status.from().toString());
        details.put("window_to", status.to().toString());
        return ComponentHealth.of(
                NAME,
                judge(compliance, uptime, complianceDegraded, complianceUnhealthy, uptimeDegraded),
                details,
                readings);
    }

    static Verdict judge(
            double compliance,
            double uptime,
            double complianceDegraded,
            double complianceUnhealthy,
            double uptimeDegraded) {
        return new Verdict()
                .unhealthyIf(
                        compliance < complianceUnhealthy,
                        below("maintenance compliance", compliance, complianceUnhealthy))
                .degradedIf(
                        compliance >= complianceUnhealthy && compliance < complianceDegraded,
                        below("maintenance compliance", compliance, complianceDegraded))
                .degradedIf(uptime < uptimeDegraded, below("uptime", uptime, uptimeDegraded));
    }

    private static String below(String figure, double value, double threshold) {
        return String.format(Locale.ROOT, "%s %.4f below %.4f", figure, value, threshold);
    }
}
