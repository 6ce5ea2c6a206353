package tcps.workorders.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DefaultSkuTest {

    @Test
    void workWithoutASkuGetsOneFromItsBucketAndIdWhenTheIdIsAssigned() {
        WorkOrder workOrder =
                new WorkOrder("Fix authentication bug", Priority.HIGH, "reliability", null, Instant.EPOCH);

        workOrder.assignId(42);

        assertThat(workOrder.getSkuId()).isEqualTo("SKU-reliability-42");
    }

    @Test
    void aGivenSkuIsKept() {
        WorkOrder workOrder =
                new WorkOrder("Fix authentication bug", Priority.HIGH, "reliability", "SKU-123", Instant.EPOCH);

        workOrder.assignId(42);

        assertThat(workOrder.getSkuId()).isEqualTo("SKU-123");
    }

    @Test
    void bucketCharactersASkuMayNotHoldBecomeUnderscores() {
        assertThat(WorkOrder.defaultSku("team a/b", 7))
                .isEqualTo("SKU-team_a_b-7")
                .matches("[A-Za-z0-9._:-]+");
    }
}
