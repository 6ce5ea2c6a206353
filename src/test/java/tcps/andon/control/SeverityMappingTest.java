package tcps.andon.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tcps.andon.entity.Severity;

class SeverityMappingTest {

    private final SeverityMapping defaults =
            SeverityMapping.of(SeverityPolicy.CRITICAL_DEFAULT, SeverityPolicy.WARNING_DEFAULT);

    @ParameterizedTest
    @CsvSource({
        "test_failure, CRITICAL",
        "compilation_failure, CRITICAL",
        "security_vulnerability, CRITICAL",
        "shacl_violation, CRITICAL",
        "deployment_failure, CRITICAL",
        "quality_gate_failure, WARNING",
        "coverage_drop, WARNING",
        "documentation_gap, INFO",
        "no_such_failure, INFO"
    })
    void defaultsMapTheKnownTypes(String failureType, Severity expected) {
        assertThat(defaults.severityOf(failureType)).isEqualTo(expected);
    }

    @Test
    void typesCompareWithoutCaseOrSurroundingBlanks() {
        assertThat(defaults.severityOf("Test_Failure")).isEqualTo(Severity.CRITICAL);
        assertThat(defaults.severityOf("  QUALITY_GATE_FAILURE ")).isEqualTo(Severity.WARNING);
    }

    @Test
    void configuredListsAreTrimmedAndCaseInsensitive() {
        SeverityMapping mapping = SeverityMapping.of(" Flaky_Test , ,build_timeout", "STYLE ,");

        assertThat(mapping.severityOf("flaky_test")).isEqualTo(Severity.CRITICAL);
        assertThat(mapping.severityOf("build_timeout")).isEqualTo(Severity.CRITICAL);
        assertThat(mapping.severityOf("style")).isEqualTo(Severity.WARNING);
        assertThat(mapping.severityOf("test_failure")).isEqualTo(Severity.INFO);
    }

    @Test
    void aTypeInBothListsIsCritical() {
        SeverityMapping mapping = SeverityMapping.of("lint_failure", "lint_failure,coverage_drop");

        assertThat(mapping.severityOf("lint_failure")).isEqualTo(Severity.CRITICAL);
        assertThat(mapping.severityOf("coverage_drop")).isEqualTo(Severity.WARNING);
    }

    @Test
    void emptyOrMissingListsMakeEverythingInfo() {
        SeverityMapping mapping = SeverityMapping.of(null, " ");

        assertThat(mapping.severityOf("test_failure")).isEqualTo(Severity.INFO);
        assertThat(mapping.severityOf("")).isEqualTo(Severity.INFO);
        assertThat(mapping.severityOf(null)).isEqualTo(Severity.INFO);
    }

    @Test
    void normalizedFormIsTrimmedLowerCase() {
        assertThat(SeverityMapping.normalize(" Shacl_Violation\t")).isEqualTo("shacl_violation");
    }
}
