package tcps.database.boundary;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own (initdb, pg_ctl) on a free port, so stopping it leaves the shared one alone.
 * initdb refuses to run as root; as root, the server runs as the 'postgres' user.
 */
final class PrivatePostgres implements AutoCloseable {

    final int port;
    private final Path bin;
    private final Path data;
    private final boolean root;

    private PrivatePostgres(Path bin, Path data, int port, boolean root) {
        this.bin = bin;
        this.data = data;
        this.port = port;
        this.root = root;
    }

    static PrivatePostgres create() throws IOException, InterruptedException {
        Path bin = findBin();
        boolean root = "root".equals(System.getProperty("user.name"));
        Path data = Files.createTempDirectory("tcps-outage-pg");
        if (root) {
            UserPrincipalLookupService users = data.getFileSystem().getUserPrincipalLookupService();
            Files.setOwner(data, users.lookupPrincipalByName("postgres"));
        }
        PrivatePostgres postgres = new PrivatePostgres(bin, data, freePort(), root);
        postgres.run("initdb", "-D", data.resolve("db").toString(), "-U", "postgres", "--auth=trust", "-E", "UTF8");
        return postgres;
    }

    void start() throws IOException, InterruptedException {
        run(
                "pg_ctl",
                "-D",
                data.resolve("db").toString(),
                "-l",
                data.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-w",
                "start");
    }

    void stop() throws IOException, InterruptedException {
        run("pg_ctl", "-D", data.resolve("db").toString(), "-m", "fast", "-w", "stop");
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void createDatabase(String name) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("CREATE DATABASE " + name);
        }
    }

    private void run(String tool, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (root) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        Path.of("target", "outage-postgres.log").toFile()))
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " failed; see target/outage-postgres.log");
        }
    }

    private static Path findBin() throws IOException {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() -> new IllegalStateException("No PostgreSQL under /usr/lib/postgresql"));
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } catch (RuntimeException e) {
            // already stopped
        }
        try (Stream<Path> files = Files.walk(data)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
