package tcps.problems.control;

import jakarta.ejb.ApplicationException;

/** A well-formed command naming something the line does not know, such as an unconfigured bucket. Answers 400. */
@ApplicationException(rollback = true)
public class InvalidCommand extends RuntimeException {

    private final String field;

    public InvalidCommand(String message) {
        this(message, null);
    }

    /** Names the field of the request at fault: the problem lists it under {@code errors}. */
    public InvalidCommand(String message, String field) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
