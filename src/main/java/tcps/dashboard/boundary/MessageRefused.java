package tcps.dashboard.boundary;

import jakarta.validation.ConstraintViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tcps.problems.boundary.Problem;
import tcps.problems.boundary.ProblemKind;
import tcps.problems.control.FieldPath;

/** A WebSocket message the endpoint will not act on, with the problem the REST API would answer for the same fault. */
class MessageRefused extends RuntimeException {

    static final String INSTANCE = "/ws";

    private final transient Problem problem;

    MessageRefused(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    static MessageRefused malformed(String detail) {
        return new MessageRefused(Problem.of(ProblemKind.MALFORMED_JSON, detail, INSTANCE));
    }

    static MessageRefused missing(String detail) {
        return new MessageRefused(Problem.of(ProblemKind.MISSING_BODY, detail, INSTANCE));
    }

    /** A field of the wrong type or value: reported as Bean Validation reports a field. */
    static MessageRefused invalidField(String field, String message) {
        ProblemKind kind = ProblemKind.VALIDATION_FAILED;
        return new MessageRefused(new Problem(
                kind.type(),
                kind.title(),
                kind.status(),
                "1 field(s) failed validation.",
                INSTANCE,
                List.of(new Problem.Violation(field, message))));
    }

    /** Bean Validation's violations of a command, each named by its property path. */
    static MessageRefused violations(Set<? extends ConstraintViolation<?>> violations) {
        ProblemKind kind = ProblemKind.VALIDATION_FAILED;
        List<Problem.Violation> errors = violations.stream()
                .map(v -> new Problem.Violation(FieldPath.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        return new MessageRefused(new Problem(
                kind.type(),
                kind.title(),
                kind.status(),
                errors.size() + " field(s) failed validation.",
                INSTANCE,
                errors));
    }

    Problem problem() {
        return problem;
    }
}
