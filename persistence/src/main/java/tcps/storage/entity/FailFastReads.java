package tcps.storage.entity;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * A read outside a transaction fails at once when the database is away. By default EclipseLink retries such a read
 * three times, five seconds apart, which held the health checks and metrics for 15 s during an outage. The pool
 * already validates connections and reconnects when the database returns.
 */
public class FailFastReads implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        ((DatabaseLogin) session.getDatasourceLogin()).setQueryRetryAttemptCount(0);
    }
}
