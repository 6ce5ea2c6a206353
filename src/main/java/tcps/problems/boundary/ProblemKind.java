package tcps.problems.boundary;

/** The product's own problem types; plain HTTP failures use {@code about:blank} instead, as RFC 9457 advises. */
public enum ProblemKind {
    MALFORMED_JSON(400, "Malformed JSON", "urn:tcps:problem:malformed-json"),
    MISSING_BODY(400, "Missing Request Body", "urn:tcps:problem:missing-body"),
    VALIDATION_FAILED(400, "Validation Failed", "urn:tcps:problem:validation-failed"),
    INVALID_STATE_TRANSITION(409, "Invalid State Transition", "urn:tcps:problem:invalid-state-transition"),
    CONCURRENT_CHANGE(409, "Concurrent Change", "urn:tcps:problem:concurrent-change");

    private final int status;
    private final String title;
    private final String type;

    ProblemKind(int status, String title, String type) {
        this.status = status;
        this.title = title;
        this.type = type;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String type() {
        return type;
    }
}
