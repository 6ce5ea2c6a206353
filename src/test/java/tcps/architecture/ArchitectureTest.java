package tcps.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Boundary-Control-Entity, one source root each: src (boundary) → ejb (control) → persistence (entity), never back.
 */
class ArchitectureTest {

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tcps");
    }

    @Test
    void importsFlowFromBoundaryToControlToEntity() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Boundary")
                .definedBy("tcps..boundary..")
                .layer("Control")
                .definedBy("tcps..control..")
                .layer("Entity")
                .definedBy("tcps..entity..")
                .whereLayer("Boundary")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Control")
                .mayOnlyBeAccessedByLayers("Boundary")
                .whereLayer("Entity")
                .mayOnlyBeAccessedByLayers("Boundary", "Control")
                .check(product);
    }

    /** Components (the segment after tcps) depend on each other one way only, so each can be read and changed alone. */
    @Test
    void componentsFormNoCycles() {
        slices().matching("tcps.(*)..").should().beFreeOfCycles().check(product);
    }

    @Test
    void everyClassSitsInAComponentLayer() {
        classes()
                .should()
                .resideInAnyPackage("tcps.*.boundary..", "tcps.*.control..", "tcps.*.entity..")
                .check(product);
    }

    @ParameterizedTest
    @CsvSource({"src/main/java, boundary", "ejb/src/main/java, control", "persistence/src/main/java, entity"})
    void eachSourceRootHoldsOneLayer(String root, String layer) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(root))) {
            List<String> misplaced = files.filter(file -> file.toString().endsWith(".java"))
                    .map(file -> Path.of(root)
                            .relativize(file.getParent())
                            .toString()
                            .replace('/', '.'))
                    .filter(pkg -> !pkg.matches("tcps\\.\\w+\\." + layer + "(\\..+)?"))
                    .distinct()
                    .toList();
            assertThat(misplaced)
                    .as("packages in %s outside tcps.<component>.%s", root, layer)
                    .isEmpty();
        }
    }
}
