package tcps.problems.control;

import jakarta.ejb.ApplicationException;

/** A command or query naming something that does not exist. Answers 404. */
@ApplicationException(rollback = true)
public class UnknownEntity extends RuntimeException {

    public UnknownEntity(String kind, Object id) {
        super("No " + kind + " with id " + id + ".");
    }
}
