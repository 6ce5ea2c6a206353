package tcps;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import tcps.security.control.KeySecrets;
import tcps.security.entity.Role;

/**
 * One API key per role for the integration tests, stored the way the product stores keys (hashed) straight into the
 * tests' database, new for each test run; the previous run's test keys are removed first.
 */
public final class TestKeys {

    private static Map<Role, String> keys;

    private TestKeys() {}

    public static String admin() {
        return of(Role.ADMIN);
    }

    public static String operator() {
        return of(Role.OPERATOR);
    }

    public static String viewer() {
        return of(Role.VIEWER);
    }

    public static synchronized String of(Role role) {
        if (keys == null) {
            keys = create();
        }
        return keys.get(role);
    }

    private static Map<Role, String> create() {
        Map<Role, String> created = new EnumMap<>(Role.class);
        try (Connection db = PostgresDatabase.connect()) {
            try (Statement clear = db.createStatement()) {
                clear.executeUpdate("DELETE FROM api_key WHERE created_by = 'integration tests'");
            }
            for (Role role : Role.values()) {
                String secret = KeySecrets.newKey();
                insert(db, role, secret);
                created.put(role, secret);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test keys could not be stored in " + PostgresDatabase.URL, e);
        }
        return created;
    }

    private static void insert(Connection db, Role role, String secret) throws SQLException {
        try (PreparedStatement insert =
                db.prepareStatement("INSERT INTO api_key (id, name, role, key_hash, prefix, created_at, created_by)"
                        + " VALUES (nextval('api_key_seq'), ?, ?, ?, ?, ?, 'integration tests')")) {
            insert.setString(1, "it-" + role.label());
            insert.setString(2, role.name());
            insert.setString(3, KeySecrets.hash(secret));
            insert.setString(4, KeySecrets.prefixOf(secret));
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }
}
