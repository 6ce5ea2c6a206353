package tcps.demo.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tcps.EntityIds;
import tcps.kanban.control.ConfiguredBuckets;
import tcps.workorders.control.CreateWorkOrder;
import tcps.workorders.control.LineTick;
import tcps.workorders.control.WorkOrderService;
import tcps.workorders.entity.Priority;
import tcps.workorders.entity.WorkOrder;
import tcps.workorders.entity.WorkOrderStore;

class DemoLineTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void advancesTheWorkItCreatedAndLeavesWorkPeopleCreatedWhereItIs() {
        Line line = new Line();
        line.running(1, "SKU-1001");
        line.running(2, "SKU-reliability-2");
        line.running(3, DemoCatalog.SKU_PREFIX + "1003");

        demo(line).onTick(new LineTick(NOW));

        assertThat(line.advanced).contains(3L).doesNotContain(1L, 2L);
        assertThat(line.askedPrefix).isEqualTo(DemoCatalog.SKU_PREFIX);
    }

    @Test
    void theWorkItCreatesCarriesItsSkuPrefixSoItDrivesItLater() {
        Line line = new Line();
        line.running(1, "SKU-1001");
        DemoLine demo = demo(line);
        for (int tick = 0; tick < 20; tick++) {
            demo.onTick(new LineTick(NOW));
        }

        assertThat(line.created).isNotEmpty().allMatch(w -> w.getSkuId().startsWith(DemoCatalog.SKU_PREFIX));
        assertThat(line.advanced)
                .isNotEmpty()
                .allMatch(id -> line.created.stream().anyMatch(w -> w.getId() == id))
                .doesNotContain(1L);
    }

    private static DemoLine demo(Line line) {
        DemoLine demo = new DemoLine();
        demo.enabled = true;
        demo.workOrders = line.service;
        demo.store = line.store;
        demo.buckets = new ConfiguredBuckets() {
            @Override
            public Map<String, Integer> limits() {
                return Map.of("reliability", 5);
            }
        };
        demo.quality = new DemoQuality() {
            @Override
            public boolean report(Random random, WorkOrder workOrder) {
                return true;
            }
        };
        // Every roll lands where a running work order passes its stage: no failures, Andons or breakdowns.
        demo.random = new Random(7) {
            @Override
            public double nextDouble() {
                return 0.3;
            }
        };
        return demo;
    }

    /** The line as the demo sees it: running work (created work starts at once), and what was advanced. */
    private static final class Line {

        final List<WorkOrder> runningWork = new ArrayList<>();
        final List<WorkOrder> created = new ArrayList<>();
        final List<Long> advanced = new ArrayList<>();
        String askedPrefix;
        long nextId = 100;

        void running(long id, String sku) {
            runningWork.add(EntityIds.withId(new WorkOrder("work", Priority.HIGH, "reliability", sku, NOW), id));
        }

        final WorkOrderService service = new WorkOrderService() {
            @Override
            public WorkOrder create(CreateWorkOrder command) {
                WorkOrder workOrder = EntityIds.withId(
                        new WorkOrder(
                                command.description(), command.priority(), command.bucket(), command.skuId(), NOW),
                        nextId++);
                created.add(workOrder);
                runningWork.add(workOrder);
                return workOrder;
            }

            @Override
            public WorkOrder advance(long id) {
                advanced.add(id);
                return null;
            }
        };

        final WorkOrderStore store = new WorkOrderStore() {
            @Override
            public List<WorkOrder> inProgressWithSkuPrefix(String prefix, int max) {
                askedPrefix = prefix;
                return runningWork.stream()
                        .filter(w -> w.getSkuId().startsWith(prefix))
                        .limit(max)
                        .toList();
            }
        };
    }
}
