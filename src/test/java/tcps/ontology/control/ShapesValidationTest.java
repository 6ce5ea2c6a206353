package tcps.ontology.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tcps.EntityIds;
import tcps.andon.entity.AndonEvent;
import tcps.andon.entity.Severity;
import tcps.receipts.entity.Receipt;
import tcps.workorders.entity.Priority;
import tcps.workorders.entity.WorkOrder;

/** The shipped shapes against the line's facts: valid facts conform, each injected flaw names its node. */
class ShapesValidationTest {

    private static final Instant AT = Instant.parse("2026-11-22T10:00:00Z");
    private static final String HASH = "a".repeat(64);

    private final ShapesValidation validation = new ShapesValidation();

    @Test
    void validFactsConform() {
        LineGraph graph = new LineGraph()
                .add(workOrder(1, "SKU-1"))
                .add(resolvedAndon(2, "alice"))
                .add(receipt(3, HASH));

        ShapesReport report = validation.validate(graph.graph());

        assertThat(report.violations()).isEmpty();
        assertThat(report.conforms()).isTrue();
        assertThat(report.triples()).isPositive();
    }

    @Test
    void aResolvedAndonWithoutResolverIsAViolationNamingItsNode() {
        ShapesReport report =
                validation.validate(new LineGraph().add(resolvedAndon(42, "")).graph());

        assertThat(report.conforms()).isFalse();
        assertThat(report.violations()).singleElement().satisfies(v -> {
            assertThat(v.focusNode()).isEqualTo("urn:tcps:andon:42");
            assertThat(v.path()).contains("resolver");
            assertThat(v.severity()).isEqualTo("Violation");
        });
    }

    @Test
    void aReceiptWithAMalformedHashAndAWorkOrderWithoutSkuAreNamed() {
        ShapesReport report = validation.validate(new LineGraph()
                .add(receipt(7, "not-a-hash"))
                .add(workOrder(8, ""))
                .graph());

        assertThat(report.violations())
                .extracting(ShapesReport.Violation::focusNode)
                .containsExactlyInAnyOrder("urn:tcps:receipt:7", "urn:tcps:work-order:8");
    }

    private static WorkOrder workOrder(long id, String sku) {
        return EntityIds.withId(new WorkOrder("build", Priority.HIGH, "reliability", sku, AT), id);
    }

    private static AndonEvent resolvedAndon(long id, String resolver) {
        AndonEvent event = new AndonEvent("test_failure", Severity.CRITICAL, "SKU-1", 1L, "testing", Map.of(), AT);
        event.resolve(AT.plusSeconds(60), "flaky test", "fixed it", "added a check", resolver);
        return EntityIds.withId(event, id);
    }

    private static Receipt receipt(long id, String hash) {
        return EntityIds.withId(new Receipt("SKU-1", 1, 1L, "compilation", "{}", hash, null, AT), id);
    }
}
