package tcps.problems.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tcps.andon.control.TriggerAndon;

class FieldPathTest {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator validator;

    record Stage(@NotBlank String name) {}

    record Plan(@NotBlank String title, List<@Valid Stage> stages, List<@NotBlank String> tags) {}

    static class Resource {
        public void create(@Valid Plan plan) {}

        public void list(@Min(1) int limit, List<@NotBlank String> tags) {}
    }

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aParameterOfAResourceMethodIsNamedByItsFieldAlone() throws NoSuchMethodException {
        Method create = Resource.class.getMethod("create", Plan.class);

        var violations = validator
                .forExecutables()
                .validateParameters(new Resource(), create, new Object[] {new Plan(" ", List.of(), List.of())});

        assertThat(violations).map(FieldPath::of).containsExactly("title");
    }

    @Test
    void aQueryParameterIsNamedByItsOwnName() throws NoSuchMethodException {
        Method list = Resource.class.getMethod("list", int.class, List.class);

        var violations = validator
                .forExecutables()
                .validateParameters(new Resource(), list, new Object[] {0, List.of("a", " ")});

        assertThat(violations).map(FieldPath::of).containsExactlyInAnyOrder("limit", "tags[1]");
    }

    @Test
    void elementsOfAListAreNamedByTheirIndex() {
        Plan plan = new Plan("ok", List.of(new Stage("build"), new Stage("")), List.of("a", "", "c"));

        assertThat(validator.validate(plan)).map(FieldPath::of).containsExactlyInAnyOrder("stages[1].name", "tags[1]");
    }

    @Test
    void aMapsKeyAndValueAreNamedApart() {
        String tooLong = "x".repeat(501);
        TriggerAndon trigger =
                new TriggerAndon("build_failure", "SKU-1", null, null, Map.of("", "fine", "log", tooLong));

        assertThat(validator.validate(trigger))
                .map(FieldPath::of)
                .containsExactlyInAnyOrder("details (a key)", "details[log]");
    }
}
