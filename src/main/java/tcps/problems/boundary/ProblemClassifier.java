package tcps.problems.boundary;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tcps.problems.control.FieldPath;
import tcps.problems.control.InvalidCommand;
import tcps.problems.control.InvalidStateTransition;
import tcps.problems.control.RequestBinding;
import tcps.problems.control.UnknownEntity;

/**
 * Turns any failure into a problem document. Runtimes wrap body-reading failures differently (Jersey in a
 * ProcessingException, RESTEasy in its own types), so the cause chain is searched rather than the outer type.
 */
public final class ProblemClassifier {

    private static final int MAX_CAUSE_DEPTH = 16;
    private static final Set<String> RETRYABLE_SQL_STATES = Set.of("23505", "40001", "40P01");
    // By simple name: JPA's and EclipseLink's own types share them
    private static final Set<String> LOST_RACES =
            Set.of("OptimisticLockException", "PessimisticLockException", "LockTimeoutException");

    private ProblemClassifier() {}

    /** The problem for {@code failure}, or {@code null} when it is unexpected (a server fault). */
    public static Problem classify(Throwable failure, String instance) {
        ConstraintViolationException violations = causeOf(failure, ConstraintViolationException.class);
        if (violations != null) {
            return validationProblem(violations, instance);
        }
        MalformedBody malformed = causeOf(failure, MalformedBody.class);
        if (malformed != null) {
            return Problem.of(ProblemKind.MALFORMED_JSON, malformed.getMessage(), instance);
        }
        InvalidStateTransition conflict = causeOf(failure, InvalidStateTransition.class);
        if (conflict != null) {
            return Problem.of(ProblemKind.INVALID_STATE_TRANSITION, conflict.getMessage(), instance);
        }
        InvalidCommand invalid = causeOf(failure, InvalidCommand.class);
        if (invalid != null) {
            Problem problem = Problem.plain(400, invalid.getMessage(), instance);
            return invalid.field() == null
                    ? problem
                    : new Problem(
                            problem.type(),
                            problem.title(),
                            400,
                            problem.detail(),
                            instance,
                            List.of(new Problem.Violation(invalid.field(), invalid.getMessage())));
        }
        UnknownEntity unknown = causeOf(failure, UnknownEntity.class);
        if (unknown != null) {
            return Problem.plain(404, unknown.getMessage(), instance);
        }
        if (isConcurrentChange(failure)) {
            return Problem.of(
                    ProblemKind.CONCURRENT_CHANGE,
                    "A concurrent request changed the same data first; nothing was written. Retry the request.",
                    instance);
        }
        if (causeOf(failure, NoContentException.class) != null) {
            return Problem.of(ProblemKind.MISSING_BODY, "This request needs a JSON body.", instance);
        }
        // Searched before JSON errors: an oversized body surfaces as a parse error wrapping the 413.
        WebApplicationException web = causeOf(failure, WebApplicationException.class);
        if (web != null && !isServerFault(web)) {
            return Problem.plain(web.getResponse().getStatus(), clientSafeMessage(web), instance);
        }
        // An answer JSON-B could not write is the server's fault, not a malformed request
        if (!whileWritingTheAnswer(failure)) {
            if (thrownByTheJsonParser(failure)) {
                return Problem.of(
                        ProblemKind.MALFORMED_JSON,
                        "The request body is not valid JSON (or nests too deep).",
                        instance);
            }
            if (causeOf(failure, JsonbException.class) != null || causeOf(failure, JsonException.class) != null) {
                String detail = RequestBinding.describeFailure(failure)
                        .orElse("The request body is not valid JSON for this resource.");
                return Problem.of(ProblemKind.MALFORMED_JSON, detail, instance);
            }
        }
        return null;
    }

    // Parsson refuses nesting past its depth limit with a bare RuntimeException, not a JsonException
    private static boolean thrownByTheJsonParser(Throwable failure) {
        return causes(failure).stream()
                .map(Throwable::getStackTrace)
                .anyMatch(
                        frames -> frames.length > 0 && frames[0].getClassName().startsWith("org.eclipse.parsson."));
    }

    // MessageBodyWriter.writeTo on the stack: the failure came while writing the answer, not reading the request
    private static boolean whileWritingTheAnswer(Throwable failure) {
        return causes(failure).stream()
                .flatMap(cause -> Arrays.stream(cause.getStackTrace()))
                .anyMatch(frame -> frame.getMethodName().equals("writeTo"));
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        return causes(failure).stream()
                .filter(type::isInstance)
                .map(type::cast)
                .findFirst()
                .orElse(null);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < MAX_CAUSE_DEPTH; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }

    /**
     * Two transactions raced for the same rows: a unique key taken meanwhile (SQLState 23505, as in a receipt chain
     * extended twice at once), a serialization failure or deadlock (40001, 40P01), a stale optimistic version, or a row lock not
     * granted.
     * The request was sound and may simply be retried.
     */
    private static boolean isConcurrentChange(Throwable failure) {
        for (Throwable current : causes(failure)) {
            if (LOST_RACES.contains(current.getClass().getSimpleName())) {
                return true;
            }
            if (current instanceof SQLException sql) {
                for (SQLException next = sql; next != null; next = next.getNextException()) {
                    if (RETRYABLE_SQL_STATES.contains(next.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean isServerFault(WebApplicationException web) {
        return web.getResponse().getStatus() >= 500;
    }

    private static String clientSafeMessage(WebApplicationException web) {
        String message = web.getMessage();
        return message == null || message.isBlank() ? null : message;
    }

    static Problem validationProblem(ConstraintViolationException exception, String instance) {
        List<Problem.Violation> errors = exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(FieldPath.of(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        Problem base =
                Problem.of(ProblemKind.VALIDATION_FAILED, errors.size() + " field(s) failed validation.", instance);
        return new Problem(base.type(), base.title(), base.status(), base.detail(), instance, errors);
    }
}
