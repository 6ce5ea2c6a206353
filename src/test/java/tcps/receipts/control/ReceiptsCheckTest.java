package tcps.receipts.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tcps.health.control.Verdict;
import tcps.health.entity.HealthStatus;

/** One missing receipt or one broken chain is enough. */
class ReceiptsCheckTest {

    @Test
    void receiptsAreUnhealthyWithOneMissingReceiptOrOneBrokenChain() {
        assertThat(ReceiptsCheck.judge(0, 0, List.of()).status()).isEqualTo(HealthStatus.HEALTHY);
        assertThat(ReceiptsCheck.judge(1, 0, List.of()).status()).isEqualTo(HealthStatus.UNHEALTHY);
        Verdict broken = ReceiptsCheck.judge(0, 1, List.of("SKU-7"));
        assertThat(broken.status()).isEqualTo(HealthStatus.UNHEALTHY);
        assertThat(broken.reason()).contains("SKU-7");
    }
}
