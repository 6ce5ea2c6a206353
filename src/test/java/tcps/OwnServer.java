package tcps;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The product started by a test on a fresh embedded database of its own, for settings the shared test server must
 * not have (low rate limits, HTTPS). Its first start writes an admin key, which {@link #admin()} presents.
 */
public final class OwnServer implements AutoCloseable {

    private final Process process;
    private final Path folder;
    private final List<String> command;
    public final int port;

    private OwnServer(Process process, Path folder, int port, List<String> command) {
        this.process = process;
        this.folder = folder;
        this.port = port;
        this.command = command;
    }

    /** Starts the product with {@code systemProperties} (-D...) and {@code microOptions} (Payara Micro's own). */
    public static OwnServer start(String name, List<String> systemProperties, List<String> microOptions)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", name + "-" + System.nanoTime()));
        return start(folder, systemProperties, microOptions, Path.of("server-config/payara-micro/h2.asadmin"));
    }

    /**
     * Starts the product on a PostgreSQL database of the test's own (which must exist), as several instances share one.
     * An instance joining a database whose first start made the admin key is given that key ({@code adminOf}).
     */
    public static OwnServer startOnPostgres(
            String name, String database, List<String> systemProperties, OwnServer adminOf)
            throws IOException, InterruptedException {
        Path folder = Files.createDirectories(Path.of("target", name + "-" + System.nanoTime()));
        if (adminOf != null) {
            Files.createDirectories(folder.resolve("data"));
            Files.copy(adminOf.folder().resolve("data/admin.key"), folder.resolve("data/admin.key"));
        }
        Path postboot = folder.resolve("postgresql.asadmin");
        Files.writeString(
                postboot,
                Files.readString(Path.of("server-config/payara-micro/postgresql.asadmin"))
                        .replace("databaseName=test", "databaseName=" + database));
        return start(
                folder,
                systemProperties,
                List.of("--addLibs", absolute(System.getProperty("tcps.postgresql.jar", "target/postgresql.jar"))),
                postboot);
    }

    private static OwnServer start(Path folder, List<String> systemProperties, List<String> microOptions, Path postboot)
            throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-Dtcps.backup.enabled=false");
        command.addAll(systemProperties);
        command.addAll(List.of(
                "-jar",
                absolute(System.getProperty("payara.microJar", "target/payara-micro.jar")),
                "--nocluster",
                "--port",
                String.valueOf(port),
                "--contextroot",
                "/",
                "--prebootcommandfile",
                absolute("server-config/payara-micro/hardening.asadmin"),
                "--postbootcommandfile",
                absolute(postboot.toString()),
                "--deploy",
                absolute(System.getProperty("tcps.war", "target/tcps-health.war"))));
        command.addAll(microOptions);
        return launch(command, folder, port);
    }

    private static OwnServer launch(List<String> command, Path folder, int port)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        folder.resolve("payara.log").toFile()))
                .start();
        OwnServer server = new OwnServer(process, folder, port, command);
        server.awaitAdminKey();
        return server;
    }

    /**
     * Kills the server as {@code kill -9} would (no shutdown hooks, nothing flushed) and starts it again on the same
     * folder, database and port.
     */
    public OwnServer crashAndRestart() throws IOException, InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        return launch(command, folder, port);
    }

    public URL url() throws IOException {
        return new URL("http://127.0.0.1:" + port + "/");
    }

    /** A client presenting the admin key the first start wrote. */
    public Http admin() throws IOException {
        return new Http(
                url(), Files.readString(folder.resolve("data/admin.key")).strip());
    }

    public Path folder() {
        return folder;
    }

    private void awaitAdminKey() throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        Http anonymous = new Http(url(), null);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro stopped; see " + folder.resolve("payara.log"));
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("The product did not answer within 4 minutes");
            }
            try {
                if (anonymous.get("api/ping").status() == 200
                        && Files.isRegularFile(folder.resolve("data/admin.key"))) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String absolute(String path) {
        return Path.of(path).toAbsolutePath().toString();
    }
}
