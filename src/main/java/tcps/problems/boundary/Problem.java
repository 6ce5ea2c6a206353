package tcps.problems.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem details document. {@code errors} is an extension member listing field-level violations; it is
 * left out of the JSON when empty.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {}

    public Problem {
        errors = errors == null || errors.isEmpty() ? null : List.copyOf(errors);
    }

    public static Problem of(ProblemKind kind, String detail, String instance) {
        return new Problem(kind.type(), kind.title(), kind.status(), detail, instance, null);
    }

    /** A problem that says no more than its HTTP status: type {@code about:blank}, title the reason phrase. */
    public static Problem plain(int status, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : reasonPhraseOf(status);
        String said = detail == null || detail.startsWith("HTTP " + status) ? defaultDetail(status, instance) : detail;
        return new Problem("about:blank", title, status, said, instance, null);
    }

    /** Said when nothing more specific is known; runtimes' own messages ("HTTP 404 Not Found") repeat the title. */
    private static String defaultDetail(int status, String instance) {
        return switch (status) {
            case 404 -> "Nothing is served at " + instance + ".";
            case 405 -> "This method is not allowed on " + instance + ".";
            case 406 -> "None of the accepted media types can be produced by " + instance + ".";
            case 415 -> "The request's Content-Type is not accepted by " + instance + ".";
            case 500 -> "An unexpected error occurred.";
            default -> null;
        };
    }

    private static String reasonPhraseOf(int status) {
        return switch (status) {
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 422 -> "Unprocessable Content";
            default -> "HTTP " + status;
        };
    }
}
