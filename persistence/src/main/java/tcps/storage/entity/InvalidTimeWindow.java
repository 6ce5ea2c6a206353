package tcps.storage.entity;

import jakarta.ejb.ApplicationException;

/** A figures window that ends before it starts; thrown as is (not wrapped by the container) so callers can map it. */
@ApplicationException(rollback = true)
public class InvalidTimeWindow extends IllegalArgumentException {

    public InvalidTimeWindow(String message) {
        super(message);
    }
}
