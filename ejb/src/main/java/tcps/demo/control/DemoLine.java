package tcps.demo.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import tcps.kanban.control.ConfiguredBuckets;
import tcps.workorders.control.LineTick;
import tcps.workorders.control.WorkOrderService;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStore;

/**
 * A living production line for demonstrations ({@code tcps.demo.enabled}, off by default): on every line tick work
 * arrives and moves through its stages with quality reports; now and then it fails, an Andon stops it until resolved,
 * or equipment breaks down and is maintained. Everything goes through the same services as real
 * traffic, so the dashboard, metrics and health see it like real work. It drives only the work it created (its SKUs
 * start with {@value DemoCatalog#SKU_PREFIX}): work a person put on the line moves only when that person moves it.
 */
@Stateless
// Each step commits on its own: one refused command must not undo the rest of the tick.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLine {

    private static final Logger LOG = Logger.getLogger(DemoLine.class.getName());
    static final int RUNNING_LOOKED_AT = 50;

    @Inject
    @ConfigProperty(name = "tcps.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    WorkOrderService workOrders;

    @Inject
    WorkOrderStore store;

    @Inject
    ConfiguredBuckets buckets;

    @Inject
    DemoQuality quality;

    @Inject
    DemoIncidents incidents;

    Random random = new Random();

    public void onTick(@Observes LineTick tick) {
        if (!enabled) {
            return;
        }
        step(this::arrivals);
        step(this::progress);
        step(() -> {
            if (random.nextDouble() < 0.25) {
                incidents.resolveOneAndon();
            }
        });
        step(() -> {
            if (random.nextDouble() < 0.05) {
                incidents.equipment(random);
            }
        });
    }

    private static void step(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Demo line step refused", e);
        }
    }

    private void arrivals() {
        List<String> open = List.copyOf(buckets.limits().keySet());
        int arriving = random.nextInt(3);
        for (int i = 0; i < arriving; i++) {
            workOrders.create(DemoCatalog.workOrder(random, open));
        }
    }

    private void progress() {
        for (WorkOrder workOrder : store.inProgressWithSkuPrefix(DemoCatalog.SKU_PREFIX, RUNNING_LOOKED_AT)) {
            double roll = random.nextDouble();
            try {
                if (roll < 0.02) {
                    workOrders.fail(workOrder.getId(), DemoCatalog.failure(random));
                } else if (roll < 0.04) {
                    incidents.pullAndon(random, workOrder);
                } else if (roll < 0.45 && quality.report(random, workOrder)) {
                    workOrders.advance(workOrder.getId());
                }
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Demo step on work order " + workOrder.getId() + " refused", e);
            }
        }
    }
}
