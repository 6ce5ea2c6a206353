package tcps.dashboard.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.andon.entity.Severity;
import tcps.health.control.HealthChanged;
import tcps.health.entity.HealthStatus;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.entity.WorkOrderStatus;

/** Every live-feed payload can be written as JSON with the live feed's documented fields (a record JSON-B cannot see is lost). */
class LivePayloadsTest {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private final Jsonb jsonb = JsonbBuilder.create();

    @Test
    void andonEvents() {
        String triggered = jsonb.toJson(
                LivePayloads.of(new AndonTriggered(7, 3L, "SKU-1", "test_failure", Severity.CRITICAL, "testing", AT)));
        assertThat(triggered)
                .contains("\"eventId\":7", "\"failureType\":\"test_failure\"", "\"skuId\":\"SKU-1\"")
                .contains("\"severity\":\"CRITICAL\"", "\"triggeredAt\":\"2026-11-23T08:00:00Z\"");

        String resolved =
                jsonb.toJson(LivePayloads.of(new AndonResolved(7, 3L, Severity.CRITICAL, AT, Duration.ofSeconds(90))));
        assertThat(resolved).contains("\"eventId\":7", "\"resolutionTimeMs\":90000");
    }

    @Test
    void workOrderAndHealthChanges() {
        String update = jsonb.toJson(LivePayloads.of(new WorkOrderChanged(
                12,
                WorkOrderChanged.Change.STARTED,
                WorkOrderStatus.QUEUED,
                WorkOrderStatus.IN_PROGRESS,
                "security",
                "SKU-2",
                "testing",
                AT,
                AT,
                AT)));
        assertThat(update).contains("\"workOrderId\":12", "\"status\":\"IN_PROGRESS\"", "\"bucket\":\"security\"");

        String health = jsonb.toJson(LivePayloads.of(
                new HealthChanged("kanban", HealthStatus.HEALTHY, HealthStatus.UNHEALTHY, "over limit", true, AT)));
        assertThat(health).contains("\"from\":\"healthy\"", "\"to\":\"unhealthy\"", "\"simulated\":true");
    }
}
