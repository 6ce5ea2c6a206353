package tcps.database.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Asks the database whether it is there, timing the round trip including the pool's checkout. */
@ApplicationScoped
public class DatabaseProbe {

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "tcps.database.probe-timeout-seconds", defaultValue = "3")
    int timeoutSeconds;

    public DatabaseStatus probe() {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(timeoutSeconds);
            double latencyMs = (System.nanoTime() - start) / 1_000_000.0;
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            return new DatabaseStatus(valid, latencyMs, product, valid ? null : "connection is not valid");
        } catch (SQLException | RuntimeException e) {
            return new DatabaseStatus(false, (System.nanoTime() - start) / 1_000_000.0, null, e.getMessage());
        }
    }
}
