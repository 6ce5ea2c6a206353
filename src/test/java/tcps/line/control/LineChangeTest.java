package tcps.line.control;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.enterprise.event.Event;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tcps.andon.control.AndonEscalated;
import tcps.andon.control.AndonResolved;
import tcps.andon.control.AndonTriggered;
import tcps.andon.entity.Severity;
import tcps.health.control.HealthChanged;
import tcps.health.entity.HealthStatus;
import tcps.kaizen.control.ImprovementImplemented;
import tcps.kaizen.control.ProposalRejected;
import tcps.kaizen.control.ProposalSubmitted;
import tcps.kanban.control.IntakePaused;
import tcps.kanban.control.IntakeResumed;
import tcps.quality.control.DeploymentRecorded;
import tcps.quality.control.QualityGateRecorded;
import tcps.receipts.control.ReceiptIssued;
import tcps.tpm.control.ComponentFailed;
import tcps.tpm.control.ComponentRecovered;
import tcps.tpm.control.MaintenanceCompleted;
import tcps.tpm.control.MaintenanceScheduled;
import tcps.tpm.control.MaintenanceTriggered;
import tcps.workorders.control.StagePassed;
import tcps.workorders.control.WorkOrderChanged;
import tcps.workorders.control.WorkOrderChanges;
import tcps.workorders.entity.WorkOrderStatus;

class LineChangeTest {

    private static final Instant AT = Instant.parse("2026-12-02T10:15:30Z");
    private static final Instant EARLIER = AT.minusSeconds(60);
    private static final Set<String> LINE =
            Set.of("workorders", "kanban", "andon", "tpm", "quality", "kaizen", "receipts", "health");

    static Stream<Arguments> everyChange() {
        return Stream.of(
                change(
                        new WorkOrderChanges(List.of(
                                workOrder(1, WorkOrderChanged.Change.CREATED, EARLIER),
                                workOrder(2, WorkOrderChanged.Change.CREATED, AT))),
                        "workorders",
                        "work_orders_changed"),
                change(new IntakePaused("cost", AT), "kanban", "intake_paused"),
                change(new IntakeResumed("cost", AT), "kanban", "intake_resumed"),
                change(
                        new AndonTriggered(7L, 1L, "SKU-1", "build_failure", Severity.CRITICAL, "build", AT),
                        "andon",
                        "andon_triggered"),
                change(new AndonEscalated(7L, 1, AT), "andon", "andon_escalated"),
                change(
                        new AndonResolved(7L, 1L, Severity.CRITICAL, AT, Duration.ofMinutes(5)),
                        "andon",
                        "andon_resolved"),
                change(new ComponentFailed(3L, "database", "disk full", AT), "tpm", "component_failed"),
                change(new ComponentRecovered(3L, "database", AT, Duration.ofMinutes(9)), "tpm", "component_recovered"),
                change(
                        new MaintenanceScheduled(4L, "database", AT.plusSeconds(3600), AT),
                        "tpm",
                        "maintenance_scheduled"),
                change(new MaintenanceTriggered(5L, "database", "slow queries", AT), "tpm", "maintenance_triggered"),
                change(new MaintenanceCompleted(4L, "database", AT, true), "tpm", "maintenance_completed"),
                change(
                        new QualityGateRecorded(8L, 1L, "SKU-1", "test", "coverage", true, 0, AT),
                        "quality",
                        "quality_gate_recorded"),
                change(
                        new DeploymentRecorded(9L, 1L, "SKU-1", "production", true, AT),
                        "quality",
                        "deployment_recorded"),
                change(new ProposalSubmitted(10L, "Fewer handoffs", "waiting", AT), "kaizen", "proposal_submitted"),
                change(new ProposalRejected(10L, "waiting", "duplicate", AT), "kaizen", "proposal_rejected"),
                change(
                        new ImprovementImplemented(11L, 10L, "waiting", 0.4, false, AT),
                        "kaizen",
                        "improvement_implemented"),
                change(new ReceiptIssued(12L, "SKU-1", 3, 1L, "build", AT), "receipts", "receipt_issued"),
                change(
                        new HealthChanged("kanban", HealthStatus.HEALTHY, HealthStatus.DEGRADED, "busy", false, AT),
                        "health",
                        "health_changed"));
    }

    @ParameterizedTest
    @MethodSource("everyChange")
    void everyProductionLineEventIsALineChangeNamingItsComponentWhatHappenedAndWhen(
            LineChange change, String source, String kind) {
        assertThat(change.source()).isEqualTo(source).isIn(LINE);
        assertThat(change.kind()).isEqualTo(kind);
        assertThat(change.at()).isEqualTo(AT);
    }

    /** A new event the production line fires reaches every observer of LineChange only if it implements it. */
    @Test
    void everyEventTheProductionLineFiresIsALineChange() {
        JavaClasses line = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(
                        LINE.stream().map(component -> "tcps." + component).toArray(String[]::new));
        List<Class<?>> fired = line.stream()
                .flatMap(type -> Stream.of(type.reflect().getDeclaredFields()))
                .filter(field -> field.getType() == Event.class)
                .map(LineChangeTest::eventType)
                .filter(type -> !type.getSimpleName().endsWith("Tick")) // a scheduler's tick, not a change
                // Observed inside the work order's transaction to write its receipt, which is then a ReceiptIssued
                .filter(type -> type != StagePassed.class)
                .distinct()
                .toList();

        assertThat(fired).allSatisfy(type -> assertThat(LineChange.class).isAssignableFrom(type));
        assertThat(fired)
                .as("the events tested above")
                .containsExactlyInAnyOrderElementsOf(everyChange()
                        .map(arguments -> arguments.get()[0].getClass())
                        .toList());
    }

    /** The shared kernel every component's events implement must not tie those components to any other one. */
    @Test
    void lineChangeDependsOnNoComponent() {
        noClasses()
                .that()
                .resideInAPackage("tcps.line..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("tcps.line..", "java..")
                .check(new ClassFileImporter()
                        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("tcps.line"));
    }

    private static Arguments change(LineChange change, String source, String kind) {
        return Arguments.of(change, source, kind);
    }

    private static WorkOrderChanged workOrder(long id, WorkOrderChanged.Change change, Instant at) {
        return new WorkOrderChanged(id, change, null, WorkOrderStatus.QUEUED, "cost", "SKU-1", null, at, null, at);
    }

    private static Class<?> eventType(Field field) {
        return (Class<?>) ((ParameterizedType) field.getGenericType()).getActualTypeArguments()[0];
    }
}
