package tcps.alerting.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates, label text, inhibition rules. */
class SmallPartsTest {

    @Test
    void templatesFillValueThresholdAndLabels() {
        assertThat(Templates.render(
                        "{{ $labels.bucket }} at {{$value}} over {{ $threshold }} {{ $unknown }}",
                        0.9333333,
                        0.9,
                        Map.of("bucket", "security")))
                .isEqualTo("security at 0.933 over 0.9 {{ $unknown }}");
        assertThat(Templates.render("{{ $value }}", null, null, Map.of())).isEqualTo("n/a");
        assertThat(Templates.render("{{ $value }}", 7_500_000.0, null, Map.of()))
                .isEqualTo("7500000");
    }

    @Test
    void labelTextReadsEscapes() {
        assertThat(LabelText.parse("bucket=\"a\\\"b\",simulated=\"true\""))
                .containsEntry("bucket", "a\"b")
                .containsEntry("simulated", "true");
        assertThat(LabelText.parse("")).isEmpty();
    }

    @Test
    void aFiringCriticalMutesTheWarningsOfItsComponentOnly() {
        var rules = Inhibition.parse(Inhibition.DEFAULT);
        AlertFacts critical = alert(1, "critical", "andon");
        AlertFacts warning = alert(2, "warning", "andon");
        AlertFacts otherWarning = alert(3, "warning", "kanban");
        List<AlertFacts> raised = List.of(critical, warning, otherWarning);
        assertThat(Inhibition.inhibitor(warning, raised, rules)).isEqualTo(1L);
        assertThat(Inhibition.inhibitor(otherWarning, raised, rules)).isNull();
        assertThat(Inhibition.inhibitor(critical, raised, rules)).isNull();
    }

    static AlertFacts alert(long id, String severity, String component) {
        return new AlertFacts(
                id,
                "f" + id,
                "rule",
                "rule",
                severity,
                component,
                "m",
                "firing",
                "rule",
                1.0,
                null,
                false,
                Map.of("severity", severity, "component", component),
                Map.of(),
                null,
                null,
                Instant.EPOCH,
                Instant.EPOCH,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
