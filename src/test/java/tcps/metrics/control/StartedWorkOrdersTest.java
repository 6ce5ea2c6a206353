package tcps.metrics.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import tcps.metrics.entity.StartedWorkOrder;

class StartedWorkOrdersTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private final StartedWorkOrders started = new StartedWorkOrders();

    @Test
    void stageCountsFollowEachWorkOrderThroughItsStagesAndDropEmptyStages() {
        started.update(1, known -> inStage(1, null));
        started.update(2, known -> inStage(2, "compilation"));
        started.update(3, known -> inStage(3, "compilation"));
        assertThat(started.inStage()).containsExactly(Map.entry("compilation", 2L));

        started.update(2, known -> inStage(2, "testing"));
        started.update(3, known -> null);
        started.update(4, known -> known == null ? null : inStage(4, "testing")); // unknown: stays unknown

        assertThat(started.inStage()).containsExactly(Map.entry("testing", 1L));
        assertThat(started.get(3)).isNull();
        assertThat(started.get(4)).isNull();
        assertThat(started.get(1).stage()).isNull();
    }

    @Test
    void concurrentChangesToTheSameWorkOrdersCountEachOnce() throws InterruptedException {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        for (int t = 0; t < 4; t++) {
            String stage = t % 2 == 0 ? "compilation" : "testing";
            threads.submit(() -> {
                for (long id = 0; id < 2_000; id++) {
                    long workOrder = id;
                    started.update(workOrder, known -> inStage(workOrder, stage));
                }
            });
        }
        threads.shutdown();
        assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        assertThat(started.inStage().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(2_000);
    }

    private static StartedWorkOrder inStage(long id, String stage) {
        return new StartedWorkOrder(id, stage, stage == null ? null : T0);
    }
}
