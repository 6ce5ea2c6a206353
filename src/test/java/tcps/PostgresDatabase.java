package tcps;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct access to the PostgreSQL database the integration tests run the product on, to check what it wrote. */
public final class PostgresDatabase {

    public static final String URL = System.getProperty("tcps.test.jdbc-url", "jdbc:postgresql://127.0.0.1:5432/test");
    public static final String USER = System.getProperty("tcps.test.jdbc-user", "postgres");

    private PostgresDatabase() {}

    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(URL, USER, "");
    }
}
