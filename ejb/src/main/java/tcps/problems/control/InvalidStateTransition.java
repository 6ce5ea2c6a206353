package tcps.problems.control;

import jakarta.ejb.ApplicationException;

/**
 * A command that the current state forbids (completing a cancelled work order, resolving a resolved Andon). Answers
 * 409; the transaction rolls back, so nothing is half-written.
 */
@ApplicationException(rollback = true)
public class InvalidStateTransition extends RuntimeException {

    public InvalidStateTransition(String message) {
        super(message);
    }
}
