package tcps.metrics.control;

import java.util.List;
import tcps.simulation.control.FailureSimulation;
import tcps.simulation.control.Readings;

/**
 * Puts active failure simulations into the metrics, as health sees them: each simulated parameter replaces the figure
 * it stands for, and the category lists the parameters it took ({@code simulated}). Parameters without a metric of
 * their own (a stalled pull, the oldest critical Andon's age, receipts, ontology, persistence) reach health only.
 */
final class SimulatedMetrics {

    private final FailureSimulation simulation;

    SimulatedMetrics(FailureSimulation simulation) {
        this.simulation = simulation;
    }

    ProductionMetrics production(ProductionMetrics real) {
        Readings readings = new Readings(simulation, "production");
        Double p90 = readings.optional("lead_time_p90", toDouble(real.leadTimeP90Ms()));
        List<String> taken = readings.simulatedParameters();
        return taken.isEmpty() ? real : real.simulate(p90 == null ? null : Math.round(p90), taken);
    }

    KanbanMetrics kanban(KanbanMetrics real) {
        Readings readings = new Readings(simulation, "kanban");
        double utilization = readings.number("utilization", real.utilization());
        long queueDepth = readings.count("queue_depth", real.queueDepth());
        boolean overLimit = readings.flag("wip_over_limit", false);
        List<String> taken = readings.simulatedParameters();
        return taken.isEmpty() ? real : real.simulate(utilization, queueDepth, overLimit, taken);
    }

    AndonMetrics andon(AndonMetrics real) {
        Readings readings = new Readings(simulation, "andon");
        // A simulated critical_open is a flag: true means at least one open critical Andon, false none
        long critical = readings.flag("critical_open", real.openCritical() > 0) ? Math.max(real.openCritical(), 1) : 0;
        long open = readings.count("open_andons", real.openTotal() - real.openCritical() + critical);
        Long realOldest =
                real.oldestCriticalOpenMs() == null && critical > 0 ? Long.valueOf(0) : real.oldestCriticalOpenMs();
        long oldest = readings.count("open_duration", realOldest == null ? 0 : realOldest);
        List<String> taken = readings.simulatedParameters();
        return taken.isEmpty()
                ? real
                : real.simulate(open, critical, critical > 0 ? Long.valueOf(oldest) : null, taken);
    }

    TpmMetrics tpm(TpmMetrics real) {
        Readings readings = new Readings(simulation, "tpm");
        double uptime = readings.number("uptime", real.uptime());
        double compliance = readings.number("compliance", real.maintenanceCompliance());
        Double mtbf = readings.optional("mtbf_seconds", real.mtbfSeconds());
        Double mttr = readings.optional("mttr_seconds", real.mttrSeconds());
        List<String> taken = readings.simulatedParameters();
        return taken.isEmpty() ? real : real.simulate(uptime, compliance, mtbf, mttr, taken);
    }

    private static Double toDouble(Long value) {
        return value == null ? null : value.doubleValue();
    }
}
