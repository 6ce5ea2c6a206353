package tcps.problems.control;

import jakarta.ejb.ApplicationException;

/** A well-formed command naming something the line does not know, such as an unconfigured bucket. Answers 400. */
@ApplicationException(rollback = true)
public class InvalidCommand extends RuntimeException {

    public InvalidCommand(String message) {
        super(message);
    }
}
